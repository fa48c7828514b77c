# Writes N Combined Log Format lines whose status codes follow codes.awk.
# usage: awk -v n=10000000 -f bench/log.awk
BEGIN {
	srand(2)
	split("200 200 200 200 200 200 200 200 200 200 200 200 200 200 304 304 404 404 301 302 206 204 403 500 502 503 499 401 400 429", pool, " ")
	count = length(pool)
	for (i = 0; i < n; i++)
		printf "10.0.%d.%d - - [23/Nov/2026:14:%02d:%02d +0000] \"GET /page/%d HTTP/1.1\" %s %d \"-\" \"Mozilla/5.0\"\n",
			i % 250, i % 199, i % 60, i % 57, i % 9973, pool[int(rand() * count) + 1], (i * 7919) % 40000
}
