using Helpdesk.Data;
using Microsoft.EntityFrameworkCore;

namespace Helpdesk.Tests.SampleModule.Models;

public sealed class SampleNoteModel : IModelContributor
{
    public const int TextMaxLength = 500;

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SampleNote>(note =>
        {
            note.ToTable("SampleNotes");
            note.HasKey(n => n.Id);
            note.Property(n => n.Text).HasMaxLength(TextMaxLength);
        });
    }
}
