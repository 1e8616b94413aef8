"""Record extractors, one module per record type with one public function
(`extract_citations(doc) -> list[Citation]`, …), registered as stages in `pipeline.stages`.
Until an extractor exists its record list stays empty: never filled with guesses."""
