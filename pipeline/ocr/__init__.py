"""OCR of scanned pages (Tesseract `vie` through pytesseract) lands here with the formats/OCR
work; until then the loader reports scanned PDFs and images as not supported yet."""
