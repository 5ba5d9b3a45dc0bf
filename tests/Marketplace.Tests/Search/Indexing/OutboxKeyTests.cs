using Marketplace.Web.Features.Search;
using Marketplace.Web.Features.Search.Indexing;

namespace Marketplace.Tests.Search.Indexing;

public sealed class OutboxKeyTests
{
    [Theory]
    [InlineData("app:42", SearchType.App, "42")]
    [InlineData("release:7", SearchType.Release, "7")]
    [InlineData("thread:1", SearchType.Thread, "1")]
    [InlineData("post:1000000", SearchType.Post, "1000000")]
    [InlineData("practice:3", SearchType.Practice, "3")]
    [InlineData("region:61.72", SearchType.Region, "61.72")]
    [InlineData("region:00.01", SearchType.Region, "00.01")]
    public void Keys_the_triggers_write_are_read_back_to_the_documents_keys(string key, SearchType type, string id)
    {
        Assert.True(OutboxKey.TryParse(key, out var parsed));

        Assert.Equal(new OutboxKey(type, id), parsed);
        Assert.Equal(key, parsed.ToString());
        Assert.Equal(SearchKeys.For(type, id), parsed.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("app")]
    [InlineData("app:")]
    [InlineData(":42")]
    [InlineData("App:42")]
    [InlineData("widget:42")]
    [InlineData("app:4x")]
    [InlineData("app:-1")]
    [InlineData("post:1.5")]
    public void Anything_else_is_not_a_key(string? key)
    {
        Assert.False(OutboxKey.TryParse(key, out _));
    }
}
