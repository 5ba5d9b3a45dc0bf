namespace Marketplace.Plugins.Complaints;

/// <summary>The states of a complaint, in the words of SP4N-LAPOR!.</summary>
public static class ComplaintStatus
{
    public const string Received = "Diterima";
    public const string InProgress = "Diproses";
    public const string Done = "Selesai";

    public static readonly IReadOnlyList<string> All = [Received, InProgress, Done];
}

/// <summary>An answer of the region's staff to a complaint.</summary>
public sealed record Answer(string Text, string By, DateTimeOffset At);

/// <summary>A citizen's complaint, found again by its tracking code (ADU-XXXXXX).</summary>
public sealed record Complaint(string Code, string Category, string Title, string Text, string Reporter, string Status, DateTimeOffset SubmittedAt, IReadOnlyList<Answer> Answers)
{
    public static readonly IReadOnlyList<string> Categories = ["Infrastruktur", "Kebersihan", "Pelayanan publik", "Lainnya"];

    public Complaint Answered(Answer answer, string status) => this with { Answers = [.. Answers, answer], Status = status };
}
