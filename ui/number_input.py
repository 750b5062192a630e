# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""Number input that reads both decimal separators: the typed-number parser and spin box.

Shared by the Parameters dock, the unit-price dialog and the Portfolio dock's kemantapan
target.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox


def parse_number_text(text: str, lang: str) -> str:
    """A typed number as Python reads it: "1.200,5" (id) / "1,200.5" (en) -> "1200.5"."""
    text = text.strip().replace(" ", "")
    group, point = (".", ",") if lang == "id" else (",", ".")
    if text.count(group) == 1 and point not in text and len(text.split(group)[1]) != 3:
        group, point = point, group  # "2.5" typed in id (or "2,5" in en): a decimal
    return text.replace(group, "").replace(point, ".")


class DecimalSpinBox(QDoubleSpinBox):
    """A number box that takes both "2.5" and "2,5" as two and a half, in any language.

    Qt's own box reads the decimal separator of its locale only: in Indonesian "2.5" was
    silently taken as 2,00. Whole-number boxes (no decimals) ignore both separators as
    thousands marks ("1.000" is 1000).
    """

    def _normalise(self, text: str) -> str:
        if self.decimals() == 0:
            return text.replace(".", "").replace(",", "")
        point = self.locale().decimalPoint()
        return text.replace(".", point).replace(",", point)

    def validate(self, text: str, pos: int) -> object:
        fixed = self._normalise(text)
        result = super().validate(fixed, pos)
        state = result[0] if isinstance(result, tuple) else result
        return (state, fixed, pos) if state != QValidator.State.Invalid else result

    def valueFromText(self, text: str) -> float:
        fixed = self._normalise(text.strip()).replace(self.locale().decimalPoint(), ".")
        for junk in (self.prefix(), self.suffix(), " "):
            fixed = fixed.replace(junk, "") if junk else fixed
        try:
            return float(fixed)
        except ValueError:
            return self.value()

    def textFromValue(self, value: float) -> str:
        return self.locale().toString(float(value), "f", self.decimals())
