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


def corpus(size: int) -> list[dict]:
    """`size` distinct dated JSONL records of short news stories, for ingest tests."""
    countries = ["Japan", "France", "Germany", "India", "Brazil", "Canada", "Turkey", "Egypt"]
    rivals = ["Russia", "North Korea", "Iran", "Syria"]
    cities = ["Geneva", "Vienna", "Istanbul", "Doha"]
    records = []
    for n in range(size):
        a, b = countries[n % len(countries)], rivals[n % len(rivals)]
        c, city = countries[(n + 3) % len(countries)], cities[n % len(cities)]
        records.append(
            {
                "id": f"story-{n}",
                "date": f"2022-03-{1 + n % 28:02d}",
                "source": f"outlet-{n % 3}",
                "url": f"https://example.org/{n}",
                "text": f"{a} condemned {b}'s missile test on Monday, the foreign ministry said. "
                f"{a} and {c} held talks in {city} on Tuesday and agreed to impose sanctions "
                f"on {b}. Story number {n}.",
            }
        )
    return records
