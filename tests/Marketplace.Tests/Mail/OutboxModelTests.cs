using Marketplace.Web.Features.Mail;
using Marketplace.Web.Features.Mail.Outbox;

namespace Marketplace.Tests.Mail;

public sealed class OutboxModelTests
{
    [Theory]
    [InlineData(null, OutboxMailState.Failed)]
    [InlineData("", OutboxMailState.Failed)]
    [InlineData("gagal", OutboxMailState.Failed)]
    [InlineData("menunggu", OutboxMailState.Pending)]
    [InlineData("terkirim", OutboxMailState.Sent)]
    [InlineData("dibatalkan", OutboxMailState.Cancelled)]
    public void Parse_reads_the_Indonesian_state_names_and_defaults_to_failed(string? name, OutboxMailState state)
    {
        Assert.Equal(state, OutboxModel.Parse(name));
    }

    [Theory]
    [InlineData("Gagal")]
    [InlineData("failed")]
    [InlineData("Sent")]
    [InlineData("2")]
    [InlineData(" gagal")]
    public void Parse_refuses_anything_else(string name)
    {
        Assert.Null(OutboxModel.Parse(name));
    }

    [Fact]
    public void Every_listed_state_has_a_slug_that_parses_back_to_it()
    {
        Assert.Equal(Enum.GetValues<OutboxMailState>().Order(), OutboxModel.States.Order());
        Assert.All(OutboxModel.States, s => Assert.Equal(s, OutboxModel.Parse(OutboxModel.Slug(s))));
        Assert.Equal(OutboxModel.States.Length, OutboxModel.States.Select(OutboxModel.Slug).Distinct().Count());
    }
}
