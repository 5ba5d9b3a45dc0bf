using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Marketplace.Tests.Accounts;

public sealed class CommonPasswordValidatorTests
{
    private static readonly ApplicationUser User = new() { Email = "andi.pratama@singkawangkota.go.id" };

    [Theory]
    [InlineData("password1234")]
    [InlineData("Indonesia2026")]
    [InlineData("kominfo12345")]
    [InlineData("xx andi.pratama xx")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abababababab")]
    public async Task Guessable_passwords_are_refused_with_a_localized_reason(string password)
    {
        var result = await Validator().ValidateAsync(null!, User, password);

        var error = Assert.Single(result.Errors);
        Assert.Equal("PasswordTooCommon", error.Code);
        Assert.Contains("terlalu mudah ditebak", error.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kopi susu gula aren")]
    [InlineData("Tq8#mZ2!vR5p")]
    [InlineData("indonesia raya merdeka sejak 1945")]
    public async Task Long_or_random_passwords_pass(string password) =>
        Assert.True((await Validator().ValidateAsync(null!, User, password)).Succeeded);

    private static CommonPasswordValidator Validator()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new("id");
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new CommonPasswordValidator(new StringLocalizer<AccountsText>(factory));
    }
}
