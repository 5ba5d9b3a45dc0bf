using Marketplace.Web.Data;
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

        services.AddScoped<IUserConfirmation<ApplicationUser>, ApprovedUserConfirmation>();
        services.AddHttpContextAccessor();
        services.AddSingleton<EmailDomainPolicy>();
        services.AddSingleton<SiteLinks>();
        services.AddScoped<AccountMail>();
        services.AddScoped<MemberApprovals>();
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
        app.UseMiddleware<TwoFactorRequirementMiddleware>();
        return app;
    }

    public static WebApplication MapAccounts(this WebApplication app) => app;
}
