using Marketplace.Web.Data;
using Marketplace.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Demo;

/// <summary>The demo recipe: sample accounts of Kemenkominfo and four regions. Idempotent: existing accounts are left as they are.</summary>
internal sealed class DemoRecipe(UserManager<ApplicationUser> users, DemoPassword password, TimeProvider clock, ILogger<DemoRecipe> logger) : IDataSeeder
{
    public static readonly IReadOnlyList<(string Email, string Name, string Position, string Role, string Region)> Accounts =
    [
        ("kurator@kominfo.go.id", "Rina Kurniasih", "Kurator Aplikasi SPBE", Roles.Kurator, "00.01"),
        ("admin@kominfo.go.id", "Arief Setiawan", "Administrator Forum Kominfo", Roles.Administrator, "00.01"),
        ("diskominfo@jatengprov.go.id", "Sri Wahyuni", "Kepala Bidang Aplikasi Informatika", Roles.AdminWilayah, "33"),
        ("diskominfo@semarangkota.go.id", "Bambang Prasetyo", "Kepala Bidang E-Government", Roles.AdminWilayah, "33.74"),
        ("diskominfo@palembang.go.id", "Muhammad Rizki", "Kepala Seksi Infrastruktur TIK", Roles.AdminWilayah, "16.71"),
        ("diskominfo@singkawangkota.go.id", "Hendra Wijaya", "Kepala Bidang Aplikasi Informatika", Roles.AdminWilayah, "61.72"),
        ("dewi.lestari@semarangkota.go.id", "Dewi Lestari", "Anggota Pokja Kebijakan", Roles.Anggota, "33.74"),
        ("yusuf.hidayat@palembang.go.id", "Yusuf Hidayat", "Anggota Pokja Infrastruktur dan Aplikasi", Roles.Anggota, "16.71"),
        ("lina.marlina@singkawangkota.go.id", "Lina Marlina", "Anggota Pokja Data dan Informasi", Roles.Anggota, "61.72"),
        ("agus.santoso@jatengprov.go.id", "Agus Santoso", "Anggota Pokja Infrastruktur dan Aplikasi", Roles.Anggota, "33"),
    ];

    public int Order => 100;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        foreach (var account in Accounts)
        {
            if (await users.Users.AnyAsync(u => u.NormalizedEmail == account.Email.ToUpperInvariant(), cancellationToken))
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.Name,
                Position = account.Position,
                RegionCode = account.Region,
                CreatedAt = clock.GetUtcNow(),
                ApprovedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, password.Value), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
        }

        logger.LogInformation("Demo mode: {Count} sample accounts, each with the password {DemoPassword} (also shown on /akun/masuk)", Accounts.Count, password.Value);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
