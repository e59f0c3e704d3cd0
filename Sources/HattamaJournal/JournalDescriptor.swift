import HattamaKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open journal (or `.broken`) file: the POSIX calls the journal needs, each retried on
/// `EINTR` and turned into a ``JournalFileError`` naming the file.
package struct JournalDescriptor {
  package let fd: Int32
  package let path: String
  package let system: SystemCalls

  package init(fd: Int32, path: String, system: SystemCalls) {
    self.fd = fd
    self.path = path
    self.system = system
  }

  /// Opens an existing regular file; a symbolic link is refused (`O_NOFOLLOW`).
  ///
  /// `O_NONBLOCK` keeps a FIFO from hanging the open until `fstat` refuses it; on a regular
  /// file it changes nothing.
  package static func open(
    _ path: String, flags: Int32, system: SystemCalls
  ) throws(JournalFileError) -> JournalDescriptor {
    try refuseLinkedDirectory(of: path)
    let fd = retrying { system.open(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, 0) }
    guard fd >= 0 else {
      let code = errno
      switch code {
      case ENOENT: throw .notFound(path: path)
      case ELOOP: throw .symbolicLink(path: path)
      default: throw .system(.open, path: path, errno: code)
      }
    }
    let descriptor = JournalDescriptor(fd: fd, path: path, system: system)
    var status = stat()
    guard fstat(fd, &status) == 0 else {
      let code = errno
      descriptor.close()
      throw .system(.open, path: path, errno: code)
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      descriptor.close()
      throw .notRegularFile(path: path)
    }
    return descriptor
  }

  /// Creates a new file, mode 0600 whatever the umask; an existing path or a symbolic link,
  /// even a dangling one, is refused and left alone (`O_EXCL`, `O_NOFOLLOW`).
  ///
  /// With `replacing`, a regular file already at `path` is emptied instead: for the temporary
  /// files of a repair, which only ever hold a copy of bytes still in the journal.
  package static func createExclusively(
    _ path: String, replacing: Bool = false, system: SystemCalls
  ) throws(JournalFileError) -> JournalDescriptor {
    try refuseLinkedDirectory(of: path)
    let flags = O_WRONLY | O_CREAT | (replacing ? O_TRUNC : O_EXCL) | O_NOFOLLOW | O_CLOEXEC
    let fd = retrying { system.open(path, flags, 0o600) }
    guard fd >= 0 else {
      let code = errno
      var status = stat()
      if code == EEXIST || code == ELOOP {
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
          throw .symbolicLink(path: path)
        }
        throw .alreadyExists(path: path)
      }
      throw .system(.create, path: path, errno: code)
    }
    let descriptor = JournalDescriptor(fd: fd, path: path, system: system)
    // The umask may have taken bits away (0400 under umask 0277); set exactly owner read/write.
    guard fchmod(fd, 0o600) == 0 else {
      let code = errno
      descriptor.close()
      _ = system.unlink(path)
      throw .system(.chmod, path: path, errno: code)
    }
    return descriptor
  }

  package func close() {
    // A close after a successful fsync cannot lose data; its result tells nothing more.
    _ = systemClose(fd)
  }

  /// Takes an exclusive or a shared `flock`, waiting for it; released by ``close()``.
  package func lock(exclusive: Bool) throws(JournalFileError) {
    let result = retrying { flock(fd, exclusive ? LOCK_EX : LOCK_SH) }
    guard result == 0 else { throw .system(.lock, path: path, errno: errno) }
  }

  /// Reads the file from `offset` in chunks, handing each to `body`.
  package func readChunks(
    from offset: Int = 0, _ body: (ArraySlice<UInt8>) -> Void
  ) throws(JournalFileError) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var position = offset
    while true {
      let count = buffer.withUnsafeMutableBytes { pread(into: $0, at: position) }
      guard count >= 0 else { throw .system(.read, path: path, errno: errno) }
      if count == 0 { return }
      body(buffer[0..<count])
      position += count
    }
  }

  /// Reads into `buffer` from `offset`: the count read, 0 at the end, -1 with `errno` set.
  package func pread(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
    retrying { system.pread(fd, buffer.baseAddress, buffer.count, off_t(offset)) }
  }

  /// Reads exactly `count` bytes at `offset`.
  package func read(count: Int, at offset: Int) throws(JournalFileError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let result = bytes.withUnsafeMutableBytes { raw in
        pread(into: UnsafeMutableRawBufferPointer(rebasing: raw[done...]), at: offset + done)
      }
      guard result >= 0 else { throw .system(.read, path: path, errno: errno) }
      guard result > 0 else { throw .system(.read, path: path, errno: EIO) }
      done += result
    }
    return bytes
  }

  /// Reads the whole file, at most `limit` bytes of it.
  package func readAll(limit: Int) throws(JournalFileError) -> [UInt8] {
    var bytes: [UInt8] = []
    try readChunks { chunk in
      if bytes.count < limit { bytes.append(contentsOf: chunk.prefix(limit - bytes.count)) }
    }
    return bytes
  }

  /// Writes all of `bytes`, continuing after short writes and interruptions.
  ///
  /// - Throws: The `errno` of the call that failed; how much was written before it is not
  ///   reported because the caller cuts the file back to where it was.
  package func writeAll(_ bytes: [UInt8]) throws(SystemError) {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { raw -> Int in
        // A non-empty array always has storage; 0 would be reported as a full disk below.
        guard let base = raw.baseAddress else { return 0 }
        return system.write(fd, base + written, raw.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw SystemError(errno: errno)
      }
      // Zero bytes written for a non-empty request would loop forever: treat it as a full disk.
      guard result > 0 else { throw SystemError(errno: ENOSPC) }
      written += result
    }
  }

  /// Flushes the file's data and metadata to the disk.
  package func sync() throws(SystemError) {
    guard retrying({ system.fsync(fd) }) == 0 else { throw SystemError(errno: errno) }
  }

  /// Cuts the file to `length` bytes and flushes that; `false` when either call fails.
  package func truncate(to length: Int) -> Bool {
    retrying { system.ftruncate(fd, off_t(length)) } == 0 && retrying { system.fsync(fd) } == 0
  }

  /// The file's identity (device and inode), to tell whether its path still names it.
  package func identity() -> FileIdentity? {
    var status = stat()
    guard fstat(fd, &status) == 0 else { return nil }
    return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
  }

  /// Flushes the directory holding `path`, so that a new name in it survives a crash.
  package static func syncDirectory(of path: String, system: SystemCalls) throws(JournalFileError) {
    let directory = directoryName(of: path)
    let fd = retrying { system.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0) }
    guard fd >= 0 else { throw .system(.syncDirectory, path: directory, errno: errno) }
    defer { _ = systemClose(fd) }
    guard retrying({ system.fsync(fd) }) == 0 else {
      throw .system(.syncDirectory, path: directory, errno: errno)
    }
  }

  /// Refuses a path whose directory, as written, is a symbolic link (issue 13): the journal's
  /// renames and directory syncs must act on the directory the secretary named, not on one a
  /// link may point elsewhere between two calls. Links higher up the path (a system's `/var`)
  /// are the system's own and are followed.
  package static func refuseLinkedDirectory(of path: String) throws(JournalFileError) {
    let directory = directoryName(of: path)
    var status = stat()
    if lstat(directory, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
      throw .linkedDirectory(path: path, directory: directory)
    }
  }

  /// The directory part of a path: `"."` for a bare name, `"/"` for a file at the root.
  package static func directoryName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let directory = path[..<slash]
    return directory.isEmpty ? "/" : String(directory)
  }
}

/// The `errno` of a failed write or sync.
package struct SystemError: Error {
  package var errno: Int32

  package init(errno: Int32) { self.errno = errno }
}

/// Repeats a system call interrupted by a signal.
package func retrying<T: BinaryInteger>(_ call: () -> T) -> T {
  while true {
    let result = call()
    if result >= 0 || errno != EINTR { return result }
  }
}

/// A file's device and inode.
package struct FileIdentity: Equatable {
  package var device: UInt64
  package var inode: UInt64

  /// The identity of what `path` names now; `nil` when nothing does.
  package init?(path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    self.init(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
  }

  package init(device: UInt64, inode: UInt64) {
    self.device = device
    self.inode = inode
  }
}

// `close` is shadowed by the method of the same name inside the type.
private func systemClose(_ fd: Int32) -> Int32 { close(fd) }
