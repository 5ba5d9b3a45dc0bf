using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ForumRecommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ForumRecommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceThreadId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndorsedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    EndorsedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EndorsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForumRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForumRecommendations_ForumBoards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "ForumBoards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ForumRecommendations_ForumThreads_SourceThreadId",
                        column: x => x.SourceThreadId,
                        principalTable: "ForumThreads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ForumRecommendationEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForumRecommendationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForumRecommendationEvents_ForumRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "ForumRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ForumRecommendationReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForumRecommendationReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForumRecommendationReviews_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ForumRecommendationReviews_ForumRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "ForumRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ForumRecommendationVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForumRecommendationVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForumRecommendationVersions_ForumRecommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "ForumRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ForumRecommendationEvents_RecommendationId_At",
                table: "ForumRecommendationEvents",
                columns: new[] { "RecommendationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ForumRecommendationReviews_RecommendationId_VersionNumber_UserId",
                table: "ForumRecommendationReviews",
                columns: new[] { "RecommendationId", "VersionNumber", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ForumRecommendationReviews_UserId",
                table: "ForumRecommendationReviews",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ForumRecommendations_BoardId_State_UpdatedAt",
                table: "ForumRecommendations",
                columns: new[] { "BoardId", "State", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ForumRecommendations_SourceThreadId",
                table: "ForumRecommendations",
                column: "SourceThreadId");

            migrationBuilder.CreateIndex(
                name: "IX_ForumRecommendationVersions_RecommendationId_Number",
                table: "ForumRecommendationVersions",
                columns: new[] { "RecommendationId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ForumRecommendationEvents");

            migrationBuilder.DropTable(
                name: "ForumRecommendationReviews");

            migrationBuilder.DropTable(
                name: "ForumRecommendationVersions");

            migrationBuilder.DropTable(
                name: "ForumRecommendations");
        }
    }
}
