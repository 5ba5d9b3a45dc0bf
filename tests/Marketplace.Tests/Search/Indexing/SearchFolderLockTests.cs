using Marketplace.Web.Data;
using Marketplace.Web.Features.Search.Indexing;

namespace Marketplace.Tests.Search.Indexing;

public sealed class SearchFolderLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mk-lock-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Only_one_holder_at_a_time_and_the_lock_is_free_again_after_release()
    {
        using var first = new SearchFolderLock(new DataFolder(_folder));
        using var second = new SearchFolderLock(new DataFolder(_folder));

        Assert.True(first.TryAcquire());
        Assert.True(first.TryAcquire());
        Assert.False(second.TryAcquire());

        first.Dispose();
        Assert.True(second.TryAcquire());
        Assert.True(second.IsHeld);
    }
}
