import socket

for addr in [("127.0.0.1", 22), ("127.0.0.1", 80), ("localhost", 443)]:
    try:
        s = socket.create_connection(addr, timeout=1)
        print("LEAK connected", addr)
    except OSError as e:
        print("blocked:", addr[1], type(e).__name__)
