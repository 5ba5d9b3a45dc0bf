using Bogus;
using Marketplace.Web.Data;
using Marketplace.Web.Features.Catalog;
using Marketplace.Web.Features.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Maintenance;

public sealed record LoadResult(int Apps, int Releases, int Tags, int Regions);

/// <summary>
/// Generated applications for load tests ("data uji beban"), owned by the 38 provinces and 514 regencies and cities in turn,
/// then at random. The same seed gives the same data; slugs stay unique when the verb runs again on the same database.
/// </summary>
internal sealed class LoadGenerator(RegionDirectory regions)
{
    public const string Marker = "data uji beban";
    private const int BatchSize = 1_000;

    // Fixed, so that a seed means the same data whenever it runs.
    private static readonly DateTimeOffset _until = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _since = new(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<LoadResult> GenerateAsync(MarketplaceDbContext db, int count, int seed, CancellationToken cancellationToken)
    {
        var owners = (await regions.GetAsync(cancellationToken)).All
            .Where(r => r.Kind != RegionKind.National).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var slugs = (await db.Apps.Select(a => a.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var faker = new Faker("id_ID") { Random = new Randomizer(seed) };

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var (releases, tags) = (0, 0);
        for (var done = 0; done < count; done += BatchSize)
        {
            var batch = Enumerable.Range(done, Math.Min(BatchSize, count - done))
                .Select(i => NewApp(faker, i < owners.Count ? owners[i] : faker.PickRandom(owners), slugs))
                .ToList();
            releases += batch.Sum(a => a.Releases.Count);
            tags += batch.Sum(a => a.Tags.Count);
            db.Apps.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return new LoadResult(count, releases, tags, Math.Min(count, owners.Count));
    }

    private static SharedApp NewApp(Faker faker, RegionInfo owner, HashSet<string> slugs)
    {
        var kind = faker.PickRandom(LoadVocabulary.Kinds);
        var place = owner.Kind == RegionKind.Province ? "Provinsi " + owner.Name : owner.Name;
        var name = $"{kind.Name}{faker.PickRandom(LoadVocabulary.Variants)} {place}";
        var (languages, frameworks) = faker.PickRandom(LoadVocabulary.Stacks);
        var database = faker.PickRandom(LoadVocabulary.Databases);
        var categories = faker.PickRandom(kind.Categories, faker.Random.Int(1, kind.Categories.Length)).ToList();
        var platforms = faker.PickRandom(LoadVocabulary.Platforms, faker.Random.Int(1, 2)).Distinct().ToList();
        var created = faker.Date.BetweenOffset(_since, _until.AddDays(-30));
        var status = faker.Random.WeightedRandom([AppStatus.Published, AppStatus.Draft, AppStatus.Archived], [0.95f, 0.03f, 0.02f]);
        var domain = DomainOf(owner);
        var app = new SharedApp
        {
            Slug = UniqueSlug(Slugs.From(name), slugs),
            Name = name,
            Summary = $"Aplikasi {kind.Purpose} di {place} ({Marker}).",
            Description = Description(faker, kind, place, frameworks),
            OwnerRegionCode = owner.Code,
            OwnerProvinceCode = AppTags.ProvinceOf(owner),
            SpbeClass = kind.Class,
            ServiceDomain = kind.Domain,
            License = faker.PickRandom(LoadVocabulary.Licenses),
            RepositoryUrl = $"https://git.{domain}/diskominfo/{Slugs.From(kind.Name)}",
            LandingUrl = faker.Random.Bool(0.6f) ? $"https://{Slugs.From(kind.Name)}.{domain}" : null,
            Maturity = faker.PickRandom(LoadVocabulary.Maturities),
            SoftwareType = platforms.Contains("android") || platforms.Contains("ios") ? "standalone/mobile" : "standalone/web",
            Languages = [.. languages],
            DatabaseTech = database,
            OperatingSystem = faker.PickRandom(LoadVocabulary.OperatingSystems),
            Requirements = Requirements(faker),
            MaintenanceType = faker.PickRandom(MaintenanceType.Internal, MaintenanceType.Internal, MaintenanceType.Contract, MaintenanceType.Community),
            Contacts = [.. Enumerable.Range(0, faker.Random.Int(1, 2)).Select(_ => Contact(faker, domain))],
            Status = status,
            Curation = faker.Random.WeightedRandom([CurationState.None, CurationState.Verified, CurationState.PraktikBaik], [0.8f, 0.17f, 0.03f]),
            AdoptionCount = (int)Math.Floor(Math.Pow(faker.Random.Double(), 4) * 60),
            CreatedAt = created,
            UpdatedAt = created,
            PublishedAt = status == AppStatus.Draft ? null : created.AddDays(faker.Random.Int(0, 20)),
            Tags = AppTags.From(categories, languages, database, platforms),
        };
        app.Releases = Releases(faker, created);
        return app;
    }

    private static string Description(Faker faker, AppKind kind, string place, string[] frameworks) =>
        $"""
        > Data uji beban ({Marker}) yang dibuat perintah `generate-load`; bukan aplikasi sungguhan.

        **{kind.Name}** mendukung {kind.Purpose} di lingkungan Pemerintah {place}. Dikembangkan oleh {faker.PickRandom(LoadVocabulary.Units)}
        dan dapat dipakai ulang oleh daerah lain.

        ## Fitur utama

        - {kind.Purpose[..1].ToUpperInvariant()}{kind.Purpose[1..]}
        - Laporan bulanan dan ekspor ke Excel/PDF
        - Masuk tunggal (SSO) dengan akun ASN
        - Dibangun dengan {faker.PickRandom(frameworks)}
        """;

    private static InfrastructureNeeds Requirements(Faker faker)
    {
        var size = faker.Random.Int(0, 3);
        return new InfrastructureNeeds
        {
            CpuCores = 2 << size,
            RamGb = 4 << size,
            StorageGb = faker.PickRandom(50, 100, 200, 500) << size,
            UsersPerServer = faker.PickRandom(100, 250, 500, 1000) << size,
        };
    }

    private static MaintenanceContact Contact(Faker faker, string domain)
    {
        var (first, last) = (faker.Name.FirstName(), faker.Name.LastName());
        return new MaintenanceContact
        {
            Name = $"{first} {last}",
            Email = $"{Slugs.From(first)}.{Slugs.From(last)}@{domain}".Replace('-', '.'),
            Phone = faker.Phone.PhoneNumber(),
            Affiliation = faker.PickRandom(LoadVocabulary.Units),
        };
    }

    private static List<Release> Releases(Faker faker, DateTimeOffset created)
    {
        var (major, minor, patch) = (faker.Random.Int(0, 1), faker.Random.Int(0, 5), 0);
        var date = created;
        var list = new List<Release>();
        for (var i = faker.Random.Int(0, 4); i > 0; i--)
        {
            var version = $"{major}.{minor}.{patch}";
            list.Add(new Release { Version = version, Date = DateOnly.FromDateTime(date.UtcDateTime), Notes = $"Rilis {version}: perbaikan dan penyesuaian ({Marker}).", CreatedAt = date });
            (major, minor, patch) = faker.Random.Int(0, 9) switch
            {
                0 => (major + 1, 0, 0),
                < 5 => (major, minor + 1, 0),
                _ => (major, minor, patch + 1),
            };
            date = date.AddDays(faker.Random.Int(20, 120));
        }

        return list;
    }

    private static string DomainOf(RegionInfo owner)
    {
        var name = owner.Name.Replace("Kabupaten ", "", StringComparison.Ordinal).Replace("Kota ", "", StringComparison.Ordinal);
        var core = Slugs.From(name).Replace("-", "", StringComparison.Ordinal);
        return owner.Kind switch
        {
            RegionKind.Province => core + "prov.go.id",
            RegionKind.City => core + "kota.go.id",
            _ => core + "kab.go.id",
        };
    }

    private static string UniqueSlug(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = slug[..Math.Min(slug.Length, Slugs.MaxLength - suffix.Length)].TrimEnd('-') + suffix;
        }

        return candidate;
    }
}
