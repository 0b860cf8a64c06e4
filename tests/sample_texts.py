"""Sample texts shared by the ingest and CLI tests (constants, for use in parametrize)."""

ENGLISH = (
    "Japan and the United States agreed on Thursday to strengthen their alliance in the face of "
    "growing threats from North Korea, officials said after talks in Washington."
)
FRENCH = (
    "Le gouvernement français a annoncé mardi une nouvelle série de mesures pour soutenir les "
    "entreprises touchées par la crise économique, selon le ministre des Finances."
)
