using Marketplace.IntegrationTests.Fixtures;
using Marketplace.IntegrationTests.Support;
using Csp = Marketplace.IntegrationTests.Support.ContentSecurityPolicy;

namespace Marketplace.IntegrationTests.Contracts;

public abstract class SecurityHeadersContract(IHostFixture fixture) : SharedHostTest(fixture)
{
    public static TheoryData<string> Pages => ["/", "/tentang", "/halaman-yang-tidak-ada"];

    public static TheoryData<string> Everything => ["/", "/halaman-yang-tidak-ada", "/api/v1/tidak-ada", "/openapi/v1.json", "/health"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_allow_only_their_own_scripts_and_no_framing(string path)
    {
        var policy = await GetHeaderAsync(path, "Content-Security-Policy");

        Assert.Equal(["'self'"], Csp.Directive(policy, "script-src"));
        Assert.Equal(["'none'"], Csp.Directive(policy, "frame-ancestors"));
        Assert.DoesNotContain("'unsafe-inline'", Csp.Directive(policy, "default-src") ?? []);
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public async Task Every_response_forbids_sniffing_framing_and_leaking_referrers(string path)
    {
        Assert.Equal("nosniff", await GetHeaderAsync(path, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", await GetHeaderAsync(path, "Referrer-Policy"));
        Assert.Equal(["'none'"], Csp.Directive(await GetHeaderAsync(path, "Content-Security-Policy"), "frame-ancestors"));
    }

    private async Task<string> GetHeaderAsync(string path, string name)
    {
        using var client = Host.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.True(response.Headers.TryGetValues(name, out var values), $"{path} answered {(int)response.StatusCode} without {name}.");
        return Assert.Single(values);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SecurityHeadersOnSqlite(SqliteHostFixture fixture) : SecurityHeadersContract(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SecurityHeadersOnPostgres(PostgresHostFixture fixture) : SecurityHeadersContract(fixture);
