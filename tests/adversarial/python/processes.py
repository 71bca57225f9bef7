# Attack: every way Python has to start a process, thread or foreign code: subprocess,
# os.system, os.popen, os.fork, os.execv, os.spawnv, multiprocessing, threading,
# ctypes, signal. Each must fail inside the sandbox.
import os

def attempt(name, fn):
    try:
        print("LEAK", name, fn())
    except BaseException as e:  # ImportError, OSError, AttributeError, RuntimeError...
        print("blocked:", name, type(e).__name__)

attempt("subprocess", lambda: __import__("subprocess").run(["id"], capture_output=True))
attempt("os.system", lambda: os.system("touch /tmp/gradebox-adv-system"))
attempt("os.popen", lambda: os.popen("id").read())
attempt("os.fork", lambda: os.fork())
attempt("os.execv", lambda: os.execv("/bin/sh", ["sh"]))
attempt("os.spawnv", lambda: os.spawnv(os.P_WAIT, "/bin/sh", ["sh"]))
attempt("multiprocessing", lambda: __import__("multiprocessing").Process(target=print).start())
def start_thread():
    import threading
    t = threading.Thread(target=print, args=("LEAK thread ran",))
    t.start()
    t.join()
    return "started"
attempt("threading", start_thread)
attempt("ctypes", lambda: __import__("ctypes").CDLL(None))
attempt("signal", lambda: __import__("signal").alarm(1))
attempt("os.kill", lambda: os.kill(1, 9))
