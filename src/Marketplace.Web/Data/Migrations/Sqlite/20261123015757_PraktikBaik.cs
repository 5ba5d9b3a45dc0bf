using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PraktikBaik : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppCurations",
                columns: table => new
                {
                    AppId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CriteriaMet = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppCurations", x => x.AppId);
                    table.ForeignKey(
                        name: "FK_AppCurations_Apps_AppId",
                        column: x => x.AppId,
                        principalTable: "Apps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BestPracticeArticles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsFeatured = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestPracticeArticles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArticleApps",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    AppId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleApps", x => new { x.ArticleId, x.AppId });
                    table.ForeignKey(
                        name: "FK_ArticleApps_Apps_AppId",
                        column: x => x.AppId,
                        principalTable: "Apps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleApps_BestPracticeArticles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "BestPracticeArticles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleRegions",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleRegions", x => new { x.ArticleId, x.RegionCode });
                    table.ForeignKey(
                        name: "FK_ArticleRegions_BestPracticeArticles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "BestPracticeArticles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleRegions_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppCurations_State_NextReviewOn",
                table: "AppCurations",
                columns: new[] { "State", "NextReviewOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleApps_AppId",
                table: "ArticleApps",
                column: "AppId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleRegions_RegionCode",
                table: "ArticleRegions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeArticles_IsFeatured_PublishedAt",
                table: "BestPracticeArticles",
                columns: new[] { "IsFeatured", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeArticles_PublishedAt_Id",
                table: "BestPracticeArticles",
                columns: new[] { "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_BestPracticeArticles_Slug",
                table: "BestPracticeArticles",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppCurations");

            migrationBuilder.DropTable(
                name: "ArticleApps");

            migrationBuilder.DropTable(
                name: "ArticleRegions");

            migrationBuilder.DropTable(
                name: "BestPracticeArticles");
        }
    }
}
