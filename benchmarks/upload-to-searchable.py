# Seconds from upload to searchable for a 40-task plan, against a running service (localhost only).
# Usage: python3 upload-to-searchable.py PORT ADMIN_PASSWORD RUNS FIXTURE
# FIXTURE: a plan with a tab table of tasks (e.g. search-service/src/test/resources/fixtures/documents/ke-hoach-08-da-sar.txt);
# its rows are repeated to 40, each run gets a new number (700/KH-UBND, 701/…) and file name. See docs/BENCHMARKS.md.
import base64, json, statistics, sys, time, urllib.parse, urllib.request, uuid
port, password, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
fixture = open(sys.argv[4], encoding='utf-8').read()
head, table = fixture.split('STT\t', 1)
rows = [r for r in ('STT\t' + table).split('\n') if r[:1].isdigit()]
tail = fixture[fixture.index('Nơi nhận'):]
def plan(number):
    lines = []
    for i in range(40):
        cols = rows[i % len(rows)].split('\t')
        cols[0] = str(i + 1)
        cols[1] = cols[1] + f' (đợt {i // len(rows) + 1})'
        lines.append('\t'.join(cols))
    return head.replace('08/KH-UBND', number) + 'STT\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n' + '\n'.join(lines) + '\n\n' + tail
auth = 'Basic ' + base64.b64encode(f'admin:{password}'.encode()).decode()
times, posts = [], []
for r in range(runs):
    number = f'{700 + r}/KH-UBND'
    body_text = plan(number).encode('utf-8')
    boundary = uuid.uuid4().hex
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench-{700 + r}.txt"\r\n'
            f'Content-Type: text/plain\r\n\r\n').encode() + body_text + f'\r\n--{boundary}--\r\n'.encode()
    req = urllib.request.Request(f'http://localhost:{port}/api/documents', data=body, method='POST',
                                 headers={'Authorization': auth, 'Content-Type': f'multipart/form-data; boundary={boundary}'})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req) as resp:
        answer = json.load(resp)
        status = resp.status
    t1 = time.perf_counter()
    doc = answer['result']['documents'][0]
    assert doc['tasks'] == 40, doc
    q = urllib.parse.urlencode({'q': 'binh dan hoc vu so', 'document': doc['document']})
    while True:
        with urllib.request.urlopen(f'http://localhost:{port}/api/search?{q}') as resp:
            if json.load(resp)['total'] > 0: break
        time.sleep(0.01)
    t2 = time.perf_counter()
    posts.append(t1 - t0); times.append(t2 - t0)
    print(f'run {r}: status {status}, answer {t1 - t0:.2f} s, searchable {t2 - t0:.2f} s, indexed {answer["result"]["indexed"]}', flush=True)
print(f'median upload→searchable {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}) over {runs} runs')
