"""Render the full demo map at 1920x1080 offscreen and time a full redraw and a pan redraw.

    python benchmarks/bench_canvas.py [--scale K] [--style priority|condition|class]
        [--repeat N]

At scale > 4 the default style is ``condition`` (the ranking itself then takes minutes);
pass ``--style priority`` to draw the ranked map at any scale.

The last line reads ``full redraw N ms | pan redraw M ms | segments S`` (medians).
Targets at scale 1: full <= 50 ms, pan <= 16 ms.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.peak import rss_field

logger = logging.getLogger("bench_canvas")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the summary line last."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument(
        "--style",
        default="auto",
        choices=("auto", "priority", "condition", "class"),
        help="auto: priority up to scale 4 (needs the analysis), condition above",
    )
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--save", help="save the rendered map to this PNG")
    args = parser.parse_args(argv)
    if args.style == "auto":
        args.style = "priority" if args.scale <= 4 else "condition"
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from mataram_gis.analysis import analyse, prepare
    from mataram_gis.inputs import demo_inputs
    from mataram_gis.scenario import Scenario
    from ui.map_layers import build_layers

    app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    prepared = prepare(demo_inputs(scale=args.scale))
    logger.info("style %s", args.style)
    logger.info("demo scale %d prepared in %.1f s", args.scale, time.perf_counter() - t0)
    analysis = None
    if args.style == "priority":
        t0 = time.perf_counter()
        analysis = analyse(prepared, Scenario())
        logger.info("analysis in %.1f s", time.perf_counter() - t0)
    from layers.selection import SelectionModel
    from ui.canvas import MapCanvas

    layers = build_layers(prepared, analysis)
    layers["roads"].style_mode = args.style
    canvas = MapCanvas(layers, SelectionModel())
    canvas.resize(1920, 1080)
    canvas.zoom_full()

    canvas.render_cache()  # warm-up: builds the bucket paths and the density image
    full = []
    for _ in range(args.repeat):
        canvas.refresh()
        t0 = time.perf_counter()
        canvas.render_cache()
        full.append((time.perf_counter() - t0) * 1000)
    # pan: the widget paints the cached map with an offset plus the overlays
    target = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    pan = []
    for i in range(args.repeat):
        canvas.view.pan_pixels(7, 3 if i % 2 else -3)
        t0 = time.perf_counter()
        painter = QPainter(target)
        canvas.paint_to(painter)
        painter.end()
        pan.append((time.perf_counter() - t0) * 1000)
    if args.save:
        canvas.refresh()
        canvas.render_cache().save(args.save)
    n = len(layers["roads"].segment_ids)
    app.processEvents()
    full_ms, pan_ms = statistics.median(full), statistics.median(pan)
    print(
        f"full redraw {full_ms:.1f} ms | pan redraw {pan_ms:.1f} ms | segments {n}" + rss_field()
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
