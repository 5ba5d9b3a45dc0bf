using Marketplace.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Forum;

/// <summary>
/// The forum's fixed boards, on every start (not only in demo mode): the three pokja boards (everyone reads, their members
/// post) and the general board (every approved member posts). A board that exists is left as it is, so a renamed or
/// re-ordered board keeps its changes. Application boards are not seeded: each is made when its discussion is first opened.
/// </summary>
internal sealed class ForumSeeder : IDataSeeder
{
    public static readonly IReadOnlyList<Board> Fixed =
    [
        new() { Slug = "pokja-kebijakan", Name = "Pokja Kebijakan", Kind = BoardKind.Pokja, Order = 10,
            Description = "Kebijakan SPBE, regulasi dan tata kelola: solusi dan rekomendasi kelompok kerja.",
            ReadAccess = BoardReadAccess.Public, PostAccess = BoardPostAccess.PokjaMembers },
        new() { Slug = "pokja-infrastruktur-dan-aplikasi", Name = "Pokja Infrastruktur dan Aplikasi", Kind = BoardKind.Pokja, Order = 20,
            Description = "Pusat data, jaringan, keamanan dan aplikasi bersama.",
            ReadAccess = BoardReadAccess.Public, PostAccess = BoardPostAccess.PokjaMembers },
        new() { Slug = "pokja-data-dan-informasi", Name = "Pokja Data dan Informasi", Kind = BoardKind.Pokja, Order = 30,
            Description = "Satu Data Indonesia, interoperabilitas dan keterbukaan informasi.",
            ReadAccess = BoardReadAccess.Public, PostAccess = BoardPostAccess.PokjaMembers },
        new() { Slug = "umum", Name = "Umum", Kind = BoardKind.Umum, Order = 40,
            Description = "Tanya jawab dan diskusi antarwilayah tentang apa saja seputar SPBE.",
            ReadAccess = BoardReadAccess.Public, PostAccess = BoardPostAccess.Members },
    ];

    public int Order => 50;

    public async Task SeedAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.ForumBoards.Select(b => b.Slug).ToListAsync(cancellationToken);
        foreach (var board in Fixed.Where(b => !existing.Contains(b.Slug)))
        {
            db.ForumBoards.Add(new Board
            {
                Slug = board.Slug, Name = board.Name, Description = board.Description, Kind = board.Kind, Order = board.Order,
                ReadAccess = board.ReadAccess, PostAccess = board.PostAccess,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
