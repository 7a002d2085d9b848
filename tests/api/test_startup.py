"""What the app does once, when a server starts it (FastAPI's lifespan)."""
import gc

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings


def test_start_up_freezes_what_the_process_holds_for_the_cyclic_collector(tmp_path):
    """Modules, the pipeline and a loaded graph live as long as the server: frozen at start-up,
    a full collection no longer walks them inside some request."""
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        with TestClient(create_app(Settings(store="memory", data_dir=tmp_path))) as client:
            assert gc.get_freeze_count() > 0
            assert client.get("/health").status_code == 200
    finally:
        gc.unfreeze()
