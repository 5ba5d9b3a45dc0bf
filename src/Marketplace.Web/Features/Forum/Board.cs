namespace Marketplace.Web.Features.Forum;

/// <summary>What a board is for: a working group's own board, the general board, or one shared application's discussion.</summary>
public enum BoardKind
{
    Pokja,
    Umum,
    Aplikasi,
}

/// <summary>Who reads a board: everyone (also signed out) or only signed-in members.</summary>
public enum BoardReadAccess
{
    Public,
    Members,
}

/// <summary>Who starts threads and replies on a board: any approved member, or only the board's pokja members (and moderators).</summary>
public enum BoardPostAccess
{
    Members,
    PokjaMembers,
}

/// <summary>
/// A place for threads. The counters (<see cref="ThreadCount"/>, <see cref="PostCount"/>, <see cref="LastPostAt"/>) are kept
/// up to date on every post so the board list needs no aggregate query.
/// </summary>
public sealed class Board
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public BoardKind Kind { get; set; }

    /// <summary>The shared application discussed here, for an <see cref="BoardKind.Aplikasi"/> board; unique when set.</summary>
    public int? AppId { get; set; }

    public BoardReadAccess ReadAccess { get; set; }

    public BoardPostAccess PostAccess { get; set; }

    public int Order { get; set; }

    public int ThreadCount { get; set; }

    public int PostCount { get; set; }

    public DateTimeOffset? LastPostAt { get; set; }
}

/// <summary>A member of a pokja board, added and removed by a Kurator; only members post where the board asks for them.</summary>
public sealed class BoardMember
{
    public int BoardId { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public string AddedByName { get; set; } = "";
}
