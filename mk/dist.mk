# Source tarball, its check, and the release binaries.
# Included at the end of the Makefile; GNU make 3.81 compatible.
#
#   make dist       httpstatus-$(VERSION).tar.gz: the tracked files, as they
#                   are in the working tree (git archive of `git stash create`)
#   make distcheck  unpacks it in a temporary folder, builds it, runs make
#                   check, installs into a DESTDIR and uninstalls (nothing may
#                   be left), and checks that make clean leaves the tree as
#                   unpacked
#   make release    release/: static binaries for x86-64 (musl) and aarch64
#                   (glibc), each in a tarball with the man pages, completions,
#                   README and LICENSE; the source tarball; SHA256SUMS
#   make distclean  clean, and remove what the three wrote

DIST_NAME = httpstatus-$(VERSION)
DIST_TARBALL = $(DIST_NAME).tar.gz
RELEASE_DIR = release
RELEASE_ARCHES = x86_64 aarch64

dist:
	@git rev-parse --is-inside-work-tree >/dev/null 2>&1 || \
		{ echo "make dist: needs a git checkout (this tree is not one)" >&2; exit 1; }
	@if [ -n "$$(git status --porcelain --untracked-files=no)" ]; then \
		echo "make dist: the tracked files have uncommitted changes; the tarball has them as they are"; fi
	@tree=$$(git -c user.name=dist -c user.email=dist@invalid stash create) && \
		git archive --format=tar --prefix='$(DIST_NAME)/' $${tree:-HEAD} | gzip -n -9 >'$(DIST_TARBALL).tmp' && \
		mv '$(DIST_TARBALL).tmp' '$(DIST_TARBALL)'
	@echo "make dist: wrote $(DIST_TARBALL)"

distcheck: dist
	tools/distcheck.sh '$(DIST_TARBALL)' '$(MAKE)'

release: dist
	tools/release.sh '$(DIST_TARBALL)' '$(RELEASE_DIR)' '$(MAKE)' $(RELEASE_ARCHES)

distclean: clean
	rm -rf '$(RELEASE_DIR)' '$(DIST_TARBALL)' '$(DIST_TARBALL).tmp'

dist-version:
	@echo $(VERSION)

.PHONY: dist distcheck release distclean dist-version
