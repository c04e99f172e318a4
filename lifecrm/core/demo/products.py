"""The demo shop's catalogue: a small maker's shop of ceramics, tea and textiles."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Product:
    name: str
    sku: str
    price: Decimal  # in the shop currency (HUF)
    popularity: int  # relative weight: best-sellers sell more often


CATALOGUE: tuple[Product, ...] = (
    Product("Handmade teapot, celadon", "CER-TP-01", Decimal("18990.00"), 6),
    Product("Tea cup pair, speckled", "CER-CP-02", Decimal("7490.00"), 9),
    Product("Stoneware mug, forest green", "CER-MG-03", Decimal("5490.00"), 14),
    Product("Stoneware mug, ochre", "CER-MG-04", Decimal("5490.00"), 10),
    Product("Serving bowl, large", "CER-BW-05", Decimal("12990.00"), 5),
    Product("Breakfast plate set (4)", "CER-PL-06", Decimal("21990.00"), 4),
    Product("Herb planter", "CER-PT-07", Decimal("8990.00"), 5),
    Product("Espresso cups (2)", "CER-EC-08", Decimal("6490.00"), 7),
    Product("Vase, tall, matte white", "CER-VS-09", Decimal("14990.00"), 3),
    Product("Butter dish", "CER-BD-10", Decimal("6990.00"), 3),
    Product("Green tea, Sencha 100 g", "TEA-GR-01", Decimal("3290.00"), 16),
    Product("Black tea, Assam 100 g", "TEA-BL-02", Decimal("2890.00"), 12),
    Product("Herbal tea, mountain blend 80 g", "TEA-HB-03", Decimal("2490.00"), 11),
    Product("Chamomile & linden 60 g", "TEA-HB-04", Decimal("2190.00"), 8),
    Product("Earl Grey, bergamot 100 g", "TEA-BL-05", Decimal("3190.00"), 9),
    Product("Oolong, Milky 50 g", "TEA-OL-06", Decimal("4590.00"), 4),
    Product("Matcha, ceremonial 30 g", "TEA-MT-07", Decimal("7990.00"), 5),
    Product("Tea tasting box (6 teas)", "TEA-BX-08", Decimal("9990.00"), 6),
    Product("Bamboo whisk (chasen)", "TEA-AC-09", Decimal("4990.00"), 3),
    Product("Loose-leaf infuser", "TEA-AC-10", Decimal("2990.00"), 7),
    Product("Linen tea towel, striped", "TEX-TT-01", Decimal("3990.00"), 10),
    Product("Linen tablecloth 140×180", "TEX-TC-02", Decimal("19990.00"), 3),
    Product("Linen napkins (4)", "TEX-NP-03", Decimal("8490.00"), 5),
    Product("Wool blanket, Icelandic pattern", "TEX-BL-04", Decimal("34990.00"), 2),
    Product("Knitted tea cosy", "TEX-TC-05", Decimal("6990.00"), 4),
    Product("Cotton apron", "TEX-AP-06", Decimal("9490.00"), 4),
    Product("Embroidered cushion cover (Kalocsa)", "TEX-CC-07", Decimal("11990.00"), 3),
    Product("Beeswax candle, hand-dipped", "HOM-CD-01", Decimal("2990.00"), 9),
    Product("Soy candle, linden blossom", "HOM-CD-02", Decimal("4490.00"), 7),
    Product("Olive wood spoon", "HOM-SP-03", Decimal("3490.00"), 6),
    Product("Acacia honey 250 g", "HOM-HN-04", Decimal("2790.00"), 8),
    Product("Gift card 10 000 Ft", "GFT-10K", Decimal("10000.00"), 3),
    Product("Gift wrapping", "GFT-WRAP", Decimal("990.00"), 6),
)
