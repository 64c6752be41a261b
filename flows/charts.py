"""Inline SVG charts for the static report: no script, no server, no network.

Each function returns an ``<svg>`` element sized in pixels, with a ``<title>``
per bar so a browser shows the exact value on hover.
"""

from html import escape

BAR = "#2f6db5"
ACCENT = "#d9822b"
MUTED = "#8a94a6"
FONT = "font-family:system-ui,sans-serif;font-size:12px"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def horizontal_bars(labels: list[str], values: list[float], color: str = BAR, width: int = 560, label_width: int = 190) -> str:
    """One bar per label, longest first as given; the value written after each bar."""
    row, gap = 20, 4
    height = len(labels) * (row + gap) + gap
    largest = max(values, default=0) or 1
    room = width - label_width - 70
    bars = []
    for index, (label, value) in enumerate(zip(labels, values)):
        y = gap + index * (row + gap)
        length = max(1.0, room * value / largest)
        shown = label if len(label) <= 28 else label[:27] + "…"
        bars.append(
            f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">{escape(shown)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{length:.1f}" height="{row}" fill="{color}">'
            f"<title>{escape(label)}: {_number(value)}</title></rect>"
            f'<text x="{label_width + length + 5:.1f}" y="{y + 14}" fill="#333">{_number(value)}</text>'
        )
    return f'<svg width="{width}" height="{height}" style="{FONT}" role="img">{"".join(bars)}</svg>'


def columns(labels: list[str], values: list[float], color: str = BAR, width: int = 560, height: int = 180) -> str:
    """Vertical bars left to right (a time series: oldest first), labels under every few bars."""
    bottom, top = 34, 14
    count = max(len(values), 1)
    slot = (width - 50) / count
    largest = max(values, default=0) or 1
    every = max(1, count // 8)
    parts = [f'<line x1="40" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="{MUTED}"/>',
             f'<text x="36" y="{top + 4}" text-anchor="end">{_number(largest)}</text>']
    for index, (label, value) in enumerate(zip(labels, values)):
        tall = (height - bottom - top) * value / largest
        x = 45 + index * slot
        parts.append(
            f'<rect x="{x:.1f}" y="{height - bottom - tall:.1f}" width="{max(1.0, slot * 0.8):.1f}" height="{tall:.1f}" fill="{color}">'
            f"<title>{escape(label)}: {_number(value)}</title></rect>"
        )
        if index % every == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - bottom + 14}">{escape(label)}</text>')
    return f'<svg width="{width}" height="{height}" style="{FONT}" role="img">{"".join(parts)}</svg>'


def stacked_shares(label_values: list[tuple[str, float]], colors: list[str], width: int = 560) -> str:
    """One bar split into shares (passed, failed ...), with a legend under it."""
    total = sum(value for _, value in label_values) or 1
    x, parts, legend = 0.0, [], []
    for index, ((label, value), color) in enumerate(zip(label_values, colors)):
        length = width * value / total
        parts.append(f'<rect x="{x:.1f}" y="0" width="{length:.1f}" height="22" fill="{color}"><title>{escape(label)}: {_number(value)}</title></rect>')
        legend.append(f'<rect x="{index * 160}" y="30" width="12" height="12" fill="{color}"/><text x="{index * 160 + 16}" y="40">{escape(label)}: {_number(value)}</text>')
        x += length
    return f'<svg width="{width}" height="48" style="{FONT}" role="img">{"".join(parts + legend)}</svg>'
