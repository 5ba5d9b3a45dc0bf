using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts.Tokens;
using Microsoft.AspNetCore.Antiforgery;
using Marketplace.Web.Features.Localization;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Features.Accounts;

public static class AccountsRegistration
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountOptions>()
            .Bind(builder.Configuration.GetSection(AccountOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.SignIn.RequireConfirmedAccount = true;
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<MarketplaceDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/akun/masuk";
            o.LogoutPath = "/akun/keluar";
            o.AccessDeniedPath = "/akun/ditolak";
            o.Cookie.Name = "mk-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddPersonalAccessTokens();

        services.AddScoped<IUserConfirmation<ApplicationUser>, ApprovedUserConfirmation>();
        services.AddHttpContextAccessor();
        services.AddSingleton<EmailDomainPolicy>();
        services.AddSingleton<SiteLinks>();
        services.AddScoped<AccountMail>();
        services.AddScoped<MemberApprovals>();
        services.AddScoped<ILanguagePreference, AccountLanguagePreference>();
        services.AddAccountRateLimits();
        services.AddScoped<IDataSeeder, RoleSeeder>();
        return builder;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        // Minimal APIs bind the form before their handler runs, and answer a missing or forged token with a
        // logged 500 (dotnet/aspnetcore#58441); a refused token is the client's error, so answer 400 here.
        app.Use((context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseMiddleware<TwoFactorRequirementMiddleware>();
        return app;
    }

    public static WebApplication MapAccounts(this WebApplication app) => app;
}
