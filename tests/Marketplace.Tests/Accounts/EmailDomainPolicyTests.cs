using Marketplace.Web.Features.Accounts;

namespace Marketplace.Tests.Accounts;

public sealed class EmailDomainPolicyTests
{
    private static readonly string[] GoId = ["go.id"];

    [Theory]
    [InlineData("andi@go.id")]
    [InlineData("andi@singkawangkota.go.id")]
    [InlineData("andi@diskominfo.jatengprov.go.id")]
    [InlineData("Andi@SingkawangKota.GO.ID")]
    public void Government_addresses_on_the_domain_or_below_it_may_register(string email) =>
        Assert.True(EmailDomainPolicy.IsAllowed(email, GoId));

    [Theory]
    [InlineData("andi@gmail.com")]
    [InlineData("andi@go.id.example.com")]
    [InlineData("andi@notgo.id")]
    [InlineData("andi@xgo.id")]
    [InlineData("go.id@gmail.com")]
    [InlineData("andi@")]
    [InlineData("not an address")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Andi <andi@kominfo.go.id>")]
    public void Other_addresses_are_refused(string? email) =>
        Assert.False(EmailDomainPolicy.IsAllowed(email, GoId));

    [Fact]
    public void Configured_domains_replace_the_default()
    {
        string[] domains = ["kominfo.go.id", ".bssn.go.id"];

        Assert.True(EmailDomainPolicy.IsAllowed("rina@kominfo.go.id", domains));
        Assert.True(EmailDomainPolicy.IsAllowed("rina@sub.bssn.go.id", domains));
        Assert.False(EmailDomainPolicy.IsAllowed("rina@semarangkota.go.id", domains));
    }

    [Fact]
    public void No_configured_domain_means_go_id() =>
        Assert.Equal(["go.id"], new AccountOptions().EffectiveEmailDomains);
}
