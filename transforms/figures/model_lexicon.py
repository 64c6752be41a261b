"""Word lists for ``models``: makers and product nouns."""

from typing import Final

# Makers whose products are named by numbers: "Porsche's 911", "Nokia 6230", "Boeing's 777" (see ``models``).
MAKERS: Final[frozenset[str]] = frozenset((
    "boeing", "airbus", "porsche", "nokia", "sony", "motorola", "samsung", "ericsson", "siemens", "sharp", "peugeot",
    "renault", "fiat", "alfa", "saab", "volvo", "audi", "bmw", "mercedes", "ferrari", "nikon", "canon", "pentax",
    "casio", "panasonic", "philips", "intel", "amd", "cessna", "embraer", "bombardier", "lockheed", "mcdonnell",
))
# Nouns naming a kind of product a model number may follow: "its smallest airliner, the 717" (see ``models``).
PRODUCT_NOUNS: Final[frozenset[str]] = frozenset((
    "airliner", "airliners", "plane", "planes", "jet", "jets", "aircraft", "handset", "handsets", "phone", "phones",
    "car", "cars", "model", "models", "console", "consoles", "camera", "cameras", "chip", "chips", "processor",
    "processors", "engine", "engines", "tanker", "tankers", "jetliner", "jetliners", "line", "range", "variant",
    "version",
))
