"""Run by test_crash: save draft answers in a loop, reporting each one after its commit."""

from __future__ import annotations

import itertools
import sys

from cxdesk.db.database import open_database
from cxdesk.services.visits import load_visit, save_answer


def value_for(kind: str, n: int) -> dict[str, object]:
    """Iteration n's value and comment, so the parent can tell which save a row came from."""
    comment = f"комментарий №{n}"
    if kind == "yes_no_na":
        return {"choice": ("yes", "no", "na")[n % 3], "comment": comment}
    if kind == "scale_1_5":
        return {"scale": n % 5 + 1, "comment": comment}
    return {"text": f"текст {n} — ціни", "comment": comment}


def main(db_path: str, visit_id: int) -> None:
    db = open_database(db_path)
    items = [(item.id, item.kind) for item in load_visit(db, visit_id).items]
    print("ready", flush=True)
    for n in itertools.count():
        item_id, kind = items[n % len(items)]
        save_answer(db, visit_id, item_id, **value_for(kind, n))  # returns after COMMIT
        print(f"saved {item_id} {n}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
