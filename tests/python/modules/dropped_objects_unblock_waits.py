# Reference counting closes a dropped socket at once in CPython, and a thread blocked on its peer
# sees EOF; programs lean on it. Taipan collects garbage once when a lock wait (join, Event.wait,
# server.shutdown) has lasted a second, so these waits end as CPython's do.
import http.client, http.server, socket, sys, threading

# a reader blocked on a socketpair whose other end the program dropped
a, b = socket.socketpair()
got = []
reader = threading.Thread(target=lambda: got.append(b.recv(10)))
reader.start()
a = None
reader.join()
print("reader got", got)
b.close()

# an HTTP/1.1 keep-alive connection whose response was dropped: shutdown() waits for the handler,
# which waits for the client's connection to close
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass

server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
thread = threading.Thread(target=server.serve_forever, args=(0.05,))
thread.start()
con = http.client.HTTPConnection(*server.server_address)
con.request("GET", "/")
print("status", con.getresponse().status)
server.shutdown()
thread.join()
server.server_close()
print("server stopped")
