using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marketplace.Web.Features.Search.Index;

namespace Marketplace.Tests.Search;

/// <summary>The index folder read with positional reads: the bytes written, at any offset, from clones and threads, and no handle left open.</summary>
public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("positional-read-");

    [Fact]
    public void Reads_the_bytes_written_at_every_offset_across_buffer_boundaries()
    {
        var bytes = Bytes(3 * PositionalReadDirectory.BufferSize + 123, seed: 1);
        using var directory = new PositionalReadDirectory(_folder);
        Write(directory, "data.bin", bytes);

        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        Assert.Equal(bytes.Length, input.Length);
        foreach (var at in new[] { 0, 1, PositionalReadDirectory.BufferSize - 1, PositionalReadDirectory.BufferSize, 2 * PositionalReadDirectory.BufferSize + 7, bytes.Length - 5 })
        {
            input.Seek(at);
            var read = new byte[Math.Min(5000, bytes.Length - at)];
            input.ReadBytes(read, 0, read.Length);
            Assert.Equal(bytes.AsSpan(at, read.Length).ToArray(), read);
            Assert.Equal(at + read.Length, input.Position);
        }
    }

    [Fact]
    public void Reading_past_the_end_is_an_end_of_stream_error_not_other_bytes()
    {
        using var directory = new PositionalReadDirectory(_folder);
        Write(directory, "short.bin", Bytes(100, seed: 2));

        using var input = directory.OpenInput("short.bin", IOContext.DEFAULT);
        input.Seek(90);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[11], 0, 11));
        Assert.Throws<FileNotFoundException>(() => directory.OpenInput("missing.bin", IOContext.DEFAULT));
    }

    [Fact]
    public void Clones_on_many_threads_each_read_their_own_position()
    {
        var bytes = Bytes(64 * 1024, seed: 3);
        using var directory = new PositionalReadDirectory(_folder);
        Write(directory, "shared.bin", bytes);
        using var input = directory.OpenInput("shared.bin", IOContext.DEFAULT);

        var failures = 0;
        Parallel.For(0, 16, i =>
        {
            var clone = (IndexInput)input.Clone();
            var random = new Random(i);
            for (var round = 0; round < 200; round++)
            {
                var at = random.Next(bytes.Length - 300);
                clone.Seek(at);
                var read = new byte[random.Next(1, 300)];
                clone.ReadBytes(read, 0, read.Length);
                if (!read.AsSpan().SequenceEqual(bytes.AsSpan(at, read.Length)))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }

    [Fact]
    public void An_index_of_compound_and_plain_segments_is_searched_and_leaves_no_file_open()
    {
        var before = OpenFilesIn(_folder);
        using (var directory = new PositionalReadDirectory(_folder))
        {
            var config = new IndexWriterConfig(IndonesianAnalysis.Version, new IndonesianAnalysis()) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
            using (var writer = new IndexWriter(directory, config))
            {
                for (var segment = 0; segment < 3; segment++)
                {
                    // The first segment in files of its own, the others in compound files (read through slices).
                    writer.Config.UseCompoundFile = segment > 0;
                    for (var i = 0; i < 40 * (segment + 1); i++)
                    {
                        writer.AddDocument(new Document { new TextField("body", $"layanan parkir nomor{segment}x{i}", Field.Store.YES) });
                    }

                    writer.Commit();
                }
            }

            Assert.Contains(_folder.GetFiles(), f => f.Extension == ".cfs");
            Assert.Contains(_folder.GetFiles(), f => f.Extension == ".tim");
            using var reader = DirectoryReader.Open(directory);
            var searcher = new IndexSearcher(reader);
            Assert.Equal(240, searcher.Search(new TermQuery(new Term("body", "parkir")), 1).TotalHits);
            var hit = searcher.Search(new TermQuery(new Term("body", "nomor2x79")), 1).ScoreDocs.Single();
            Assert.Equal("layanan parkir nomor2x79", searcher.Doc(hit.Doc).Get("body"));
            Assert.NotEmpty(OpenFilesIn(_folder).Except(before));
        }

        Assert.Empty(OpenFilesIn(_folder).Except(before));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static void Write(Lucene.Net.Store.Directory directory, string name, byte[] bytes)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteBytes(bytes, 0, bytes.Length);
    }

    // This process's open file descriptors that point into the folder (Linux).
    private static List<string> OpenFilesIn(DirectoryInfo folder) =>
        [.. new DirectoryInfo("/proc/self/fd").GetFileSystemInfos()
            .Select(fd => { try { return fd.ResolveLinkTarget(returnFinalTarget: false)?.FullName; } catch (IOException) { return null; } })
            .OfType<string>()
            .Where(target => target.StartsWith(folder.FullName, StringComparison.Ordinal))];
}
