"""Time textacy's direct_quotations (spaCy parse included) in the peers venv, for bench_peers.py.

Reads {document_id: text} as JSON on stdin; writes {"seconds", "load_seconds",
"quotes", "failed"} on stdout, seconds in CPU time after a warm-up parse. Shares
the pipeline loading of quotes_textacy_peer.py.
"""

import json
import sys
import time

from quotes_textacy_peer import direct_quotations, load_pipeline


def main() -> None:
    texts: dict[str, str] = json.load(sys.stdin)
    started = time.process_time()
    nlp = load_pipeline()
    list(direct_quotations(nlp('"Warm-up," she said.')))
    load_seconds = time.process_time() - started
    quotes = failed = 0
    started = time.process_time()
    for text in texts.values():
        try:
            quotes += len(list(direct_quotations(nlp(text))))
        except (ValueError, IndexError):  # textacy gives up on some unbalanced quotation marks
            failed += 1
    seconds = time.process_time() - started
    json.dump({"seconds": round(seconds, 3), "load_seconds": round(load_seconds, 3), "quotes": quotes, "failed": failed}, sys.stdout)


if __name__ == "__main__":
    main()
