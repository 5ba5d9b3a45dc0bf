using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Marketplace.Web.Features.Search.Index;

/// <summary>
/// An <see cref="NIOFSDirectory"/> whose files are read as Java's NIOFSDirectory reads them: positional reads
/// (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>, pread) that any number of threads make on one
/// file without a lock, into a buffer of <see cref="BufferSize"/> bytes. Lucene.NET 4.8's own inputs read through
/// a <see cref="FileStream"/> 1,024 bytes at a time; walking the posting lists of a broad query, that was 40 % of a
/// search's time (a quarter of it with these reads). Writing is the directory's own.
/// </summary>
internal sealed class PositionalReadDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    /// <summary>Bytes read at once, a memory page: faster than 1,024 and as fast as 8,192 or 16,384 in the search benchmark.</summary>
    public const int BufferSize = 4096;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = OpenHandle(name);
        return new Input($"PositionalReadDirectory.Input(path=\"{System.IO.Path.Combine(Directory.FullName, name)}\")", file, 0, RandomAccess.GetLength(file), owner: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(System.IO.Path.Combine(Directory.FullName, name), OpenHandle(name));
    }

    private SafeFileHandle OpenHandle(string name) =>
        File.OpenHandle(System.IO.Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    /// <summary>The parts of a compound file, read through the compound file's one handle.</summary>
    private sealed class Slicer(string path, SafeFileHandle file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input($"PositionalReadDirectory.Input({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", file, offset, length, owner: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>A file, or a slice of one (from <c>start</c>, <c>length</c> bytes); only the opener closes the handle.</summary>
    private sealed class Input(string description, SafeFileHandle file, long start, long length, bool owner)
        : BufferedIndexInput(description, PositionalReadDirectory.BufferSize)
    {
        private bool _owner = owner;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone._owner = false;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int len)
        {
            if (Position + len > length)
            {
                throw new EndOfStreamException($"read past EOF: {this} (at {Position}, {len} bytes, length {length})");
            }

            var target = b.AsSpan(offset, len);
            var at = start + Position;
            while (!target.IsEmpty)
            {
                var read = RandomAccess.Read(file, target, at);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} (the file ends before {start + length})");
                }

                at += read;
                target = target[read..];
            }
        }

        protected override void SeekInternal(long pos)
        {
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _owner)
            {
                _owner = false;
                file.Dispose();
            }
        }
    }
}
