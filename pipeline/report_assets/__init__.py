"""The evidence viewer's script and style sheet, copied beside every report (`pipeline.report`)."""
