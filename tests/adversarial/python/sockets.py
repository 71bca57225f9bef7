# Attack: the network from Python: connect out, listen, resolve names, UDP, and the raw
# socket on descriptor 3 a WASI host would preopen for a listener.
import socket

attempts = [
    ("connect", lambda: socket.create_connection(("127.0.0.1", 22), timeout=1)),
    ("resolve", lambda: socket.getaddrinfo("localhost", 80)),
    ("listen", lambda: socket.create_server(("0.0.0.0", 8080))),
    ("udp", lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("127.0.0.1", 53))),
    ("fd 3", lambda: socket.socket(fileno=3).accept()),
]
for name, attempt in attempts:
    try:
        print("LEAK", name, attempt())
    except Exception as e:
        print("blocked:", name, type(e).__name__)
