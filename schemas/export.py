"""Write every topic payload's JSON Schema to `schemas/json/` (`python -m schemas.export`).

Consumers in other languages validate against these files; a test keeps them in sync.
"""

import json
from pathlib import Path

from schemas import TOPIC_MODELS

JSON_DIR = Path(__file__).parent / "json"


def render() -> dict[str, str]:
    """File name -> JSON text, for every topic model."""
    out: dict[str, str] = {}
    for name, model in TOPIC_MODELS.items():
        schema = model.model_json_schema()
        out[f"{name}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def main() -> None:
    JSON_DIR.mkdir(exist_ok=True)
    for fname, text in render().items():
        (JSON_DIR / fname).write_text(text, encoding="utf-8")
        print(JSON_DIR / fname)


if __name__ == "__main__":
    main()
