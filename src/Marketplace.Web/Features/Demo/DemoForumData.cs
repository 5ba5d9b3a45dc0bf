namespace Marketplace.Web.Features.Demo;

/// <summary>
/// The demo forum's threads (see <see cref="DemoForum"/>): who writes what, on which board and when, as data so that the
/// texts can be read and corrected without the seeding logic. Authors are demo accounts by e-mail (DemoRecipe).
/// </summary>
internal static partial class DemoForumData
{
    public const string Kurator = "kurator@kominfo.go.id";
    public const string JawaTengah = "diskominfo@jatengprov.go.id";
    public const string Semarang = "diskominfo@semarangkota.go.id";
    public const string Palembang = "diskominfo@palembang.go.id";
    public const string Singkawang = "diskominfo@singkawangkota.go.id";
    public const string Dewi = "dewi.lestari@semarangkota.go.id";
    public const string Yusuf = "yusuf.hidayat@palembang.go.id";
    public const string Lina = "lina.marlina@singkawangkota.go.id";
    public const string Agus = "agus.santoso@jatengprov.go.id";

    /// <summary>The application whose discussion board gets a thread.</summary>
    public const string EParkir = "e-parkir-palembang";

    /// <summary>
    /// A post: its author's e-mail, how many hours after the thread was started it was written, and its Markdown.
    /// </summary>
    public sealed record DemoPost(string Author, double HoursAfterStart, string Body);

    /// <summary>
    /// A thread: its board's slug (for an application's board also <see cref="AppSlug"/>, so the board is made first),
    /// when it was started, the first post and the replies in order, and what it ends as: pinned and locked by the
    /// Kurator, or answered by the post at <see cref="AnswerIndex"/> (its index in <see cref="Posts"/>), marked by the starter.
    /// </summary>
    public sealed record DemoThread(
        string Board, string Title, string Tags, double DaysAgo, IReadOnlyList<DemoPost> Posts,
        bool Pinned = false, bool Locked = false, int? AnswerIndex = null, string? AppSlug = null);

    /// <summary>
    /// Pokja boards a demo account joins: the one its position names ("Anggota Pokja Data dan Informasi"); regional heads
    /// (Admin Wilayah) speak for their region in all three.
    /// </summary>
    public static IEnumerable<string> PokjaBoardsOf(string position, bool regionalHead)
    {
        foreach (var (slug, name) in PokjaNames)
        {
            if (regionalHead || position.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                yield return slug;
            }
        }
    }

    private static readonly (string Slug, string Name)[] PokjaNames =
    [
        ("pokja-kebijakan", "Pokja Kebijakan"),
        ("pokja-infrastruktur-dan-aplikasi", "Pokja Infrastruktur dan Aplikasi"),
        ("pokja-data-dan-informasi", "Pokja Data dan Informasi"),
    ];

    public static IReadOnlyList<DemoThread> Threads { get; } =
    [
        .. Umum,
        .. Kebijakan,
        .. Infrastruktur,
        .. Data,
        .. Applications,
    ];
}
