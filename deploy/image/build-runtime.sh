#!/usr/bin/env bash
# Builds the root file system that the Lodestar image is made of, on top of an empty ("scratch") base, so that the
# image needs no registry: a Java runtime made here by jlink from this machine's JDK, the native libraries that
# runtime loads (found by ldd, copied under the same paths), a minimal /etc with user 1000, /tmp, /data and the CA
# certificates. Jib adds this folder as an extra directory and the application's layers on top.
#
# Usage: build-runtime.sh OUTPUT_DIR   (run by `./mvnw -Pimage package` in the prepare-package phase)
set -euo pipefail

out="${1:?usage: build-runtime.sh OUTPUT_DIR}"
java_home="${LODESTAR_IMAGE_JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v javac || command -v java)")")")}"
jlink="$java_home/bin/jlink"
here="$(cd "$(dirname "$0")" && pwd)"

[ -x "$jlink" ] || { echo "build-runtime.sh: no jlink in $java_home (set LODESTAR_IMAGE_JDK to a full JDK)" >&2; exit 1; }
[ -d "$java_home/jmods" ] || { echo "build-runtime.sh: $java_home has no jmods (Debian: apt-get install openjdk-17-jmods)" >&2; exit 1; }

# The modules: what `jdeps --print-module-deps` reports for the application jar and its dependencies (java.desktop
# for POI and the PDF export, java.naming for LDAP, java.sql, java.management, java.instrument, ...) plus modules
# that are only found through service loading or locale/charset lookup at run time and that jdeps cannot see:
# EC cryptography for TLS, CLDR data for Chinese dates and numbers, GBK/GB18030 for imported files, DNS for LDAP.
modules="$(tr -s ' \n' ',' < "$here/modules.txt" | sed 's/^,//; s/,$//')"

# Building takes half a minute; a folder built by the same script, module list and JDK is reused.
stamp="$(cat "$0" "$here/modules.txt" "$java_home/release" | sha256sum | cut -c1-64)"
if [ -f "$out.stamp" ] && [ "$(cat "$out.stamp")" = "$stamp" ]; then
  echo "build-runtime.sh: $out is up to date"
  exit 0
fi
rm -rf "$out" "$out.stamp"
mkdir -p "$out"

# 1. The runtime under /opt/java
"$jlink" --add-modules "$modules" --output "$out/opt/java" \
  --strip-debug --no-header-files --no-man-pages --compress=2 >/dev/null

# A server has no display or sound: without the X11, splash screen and sound libraries the image needs none of the
# X11 and ALSA libraries they load (AWT runs headless: java.awt.headless=true in the entrypoint).
rm -f "$out"/opt/java/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so

# Debian's JDK keeps its trust store outside the JDK (a link to /etc/ssl/certs/java/cacerts); use the real file.
cacerts="$(readlink -f "$java_home/lib/security/cacerts" || true)"
if [ -f "$cacerts" ]; then
  rm -f "$out/opt/java/lib/security/cacerts"
  cp "$cacerts" "$out/opt/java/lib/security/cacerts"
fi

# 2. Native libraries: everything ldd reports for the runtime's programs and libraries, copied to the same path
# (links resolved to files), and the dynamic loader named in the programs. glibc 2.34+ has its name-service
# modules (files, dns) inside libc, so user and host look-ups need nothing else.
copy_library() {
  local path="$1"
  [ -e "$out$path" ] && return 0
  mkdir -p "$out$(dirname "$path")"
  cp -L "$path" "$out$path"
}
while IFS= read -r elf; do
  ldd "$elf" 2>/dev/null | awk '/=> \// { print $3 } /^\s*\/[^ ]+ \(0x/ { print $1 }' | while IFS= read -r lib; do
    case "$lib" in "$out"/*) continue ;; esac     # the runtime's own libraries are already there
    copy_library "$lib"
  done
done < <(find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \))

# 3. A minimal /etc: the user the image runs as (1000, group 0 "root" as OpenShift and Kubernetes expect), name
# look-ups from files then DNS, and localhost; container runtimes replace hosts and resolv.conf with their own.
mkdir -p "$out/etc"
cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
lodestar:x:1000:0:Lodestar:/tmp:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
lodestar:x:1000:
nogroup:x:65534:
GROUP
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$out/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' > "$out/etc/hosts"
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
  mkdir -p "$out/etc/ssl/certs"
  cp -L /etc/ssl/certs/ca-certificates.crt "$out/etc/ssl/certs/ca-certificates.crt"
fi

# The licences of what was copied: Debian keeps one copyright file per package (the runtime's own are in
# /opt/java/legal). Without dpkg (another distribution) this is left to the builder.
if command -v dpkg-query >/dev/null; then
  {
    find "$out" -path "$out/opt" -prune -o -path "$out/etc" -prune -o -type f -print | sed "s|^$out||" |
      while IFS= read -r lib; do
        dpkg-query -S "$lib" 2>/dev/null || dpkg-query -S "/usr$lib" 2>/dev/null || true
      done
    # the certificate bundle is generated, so no package owns the file
    [ ! -f "$out/etc/ssl/certs/ca-certificates.crt" ] || echo "ca-certificates: /etc/ssl/certs/ca-certificates.crt"
  } | cut -d: -f1 | sort -u | while IFS= read -r package; do
    if [ -f "/usr/share/doc/$package/copyright" ]; then
      mkdir -p "$out/usr/share/doc/$package"
      cp -L "/usr/share/doc/$package/copyright" "$out/usr/share/doc/$package/copyright"
    fi
  done
fi

# 4. Writable places (modes are set by Jib: /tmp 777, /data 770, owned by root) and mount points.
mkdir -p "$out/tmp" "$out/data" "$out/run/secrets" "$out/proc" "$out/dev" "$out/sys"

# next to the folder, not in it: Jib adds everything in the folder to the image
echo "$stamp" > "$out.stamp"
echo "build-runtime.sh: $(du -sh "$out" | cut -f1) in $out (modules: $modules)"
