# Writes N status codes, one a line, weighted like a busy site's access log:
# mostly 200, then 304, 404, 301 and 302, a tail of errors and rare codes.
# usage: awk -v n=10000000 -f bench/codes.awk
BEGIN {
	srand(1)
	split("200 200 200 200 200 200 200 200 200 200 200 200 200 200 304 304 404 404 301 302 206 204 403 500 502 503 499 401 400 429", pool, " ")
	count = length(pool)
	for (i = 0; i < n; i++)
		print pool[int(rand() * count) + 1]
}
