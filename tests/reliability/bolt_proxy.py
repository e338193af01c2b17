"""A TCP proxy in front of the real Neo4j that cuts one connection at a chosen moment of a
transaction: the network fault the driver reports as IncompleteCommit (the answer to COMMIT
never arrives), or a connection lost in the middle of a transaction (which the driver retries).

It reads what the client sends only to find the moment: the transaction is picked by a marker
in its queries (``MERGE (n:Document`` for a document write), then its COMMIT message (an empty
struct, marker 0xB0, signature 0x12, in a chunk of two bytes) is passed to the server or not.
"""
from __future__ import annotations

import socket
import threading
import time

COMMIT = b"\x00\x02\xb0\x12\x00\x00"


class BoltProxy:
    """``mode``: "after-commit" (COMMIT reaches the server, its answer is lost), "before-commit"
    (COMMIT is lost), "mid-transaction" (the connection drops when the marked query is sent).
    It cuts once, then forwards every connection faithfully."""

    def __init__(self, target_port: int, mode: str, marker: bytes = b"MERGE (n:Document"):
        self.target_port, self.mode, self.marker = target_port, mode, marker
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.done = threading.Event()   # the cut happened
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            state = {"cut": False}
            threading.Thread(target=self._upstream, args=(client, server, state), daemon=True).start()
            threading.Thread(target=self._downstream, args=(server, client, state), daemon=True).start()

    def _upstream(self, client: socket.socket, server: socket.socket, state: dict) -> None:
        tail, armed = b"", False
        try:
            while data := client.recv(65536):
                if not self.done.is_set():
                    armed = armed or self.marker in tail + data  # the marker may span two reads
                    tail = data[-len(self.marker):]
                    if armed and (self.mode == "mid-transaction" or COMMIT in data):
                        state["cut"] = True      # nothing more reaches the client on this connection
                        self.done.set()
                        if self.mode == "after-commit":
                            server.sendall(data)
                            time.sleep(1.0)      # the server commits; its answer is not relayed
                        break
                server.sendall(data)
        except OSError:
            pass
        for sock in (client, server):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    @staticmethod
    def _downstream(server: socket.socket, client: socket.socket, state: dict) -> None:
        try:
            while (data := server.recv(65536)) and not state["cut"]:
                client.sendall(data)
        except OSError:
            pass
