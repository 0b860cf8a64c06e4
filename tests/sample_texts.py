"""Sample texts shared by the ingest and CLI tests (constants, for use in parametrize)."""

ENGLISH = (
    "Japan and the United States agreed on Thursday to strengthen their alliance in the face of "
    "growing threats from North Korea, officials said after talks in Washington."
)
FRENCH = (
    "Le gouvernement français a annoncé mardi une nouvelle série de mesures pour soutenir les "
    "entreprises touchées par la crise économique, selon le ministre des Finances."
)

# Two allies that say and do the same things toward a third, each in its own words, a week
# apart.
ALLIES = [
    {
        "id": "allies-1",
        "date": "2022-03-01",
        "text": "France condemned Russia's invasion of Ukraine on Tuesday. Germany also "
        "condemned Russia's invasion. France imposed new sanctions on Russia over the war, and "
        "Germany imposed new sanctions on Russia too.",
    },
    {
        "id": "allies-2",
        "date": "2022-03-08",
        "text": "The French foreign minister said France was ready to hold talks with Russia. "
        "The German foreign minister said Germany was ready to hold talks with Russia.",
    },
]
