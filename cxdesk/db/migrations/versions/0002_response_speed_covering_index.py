"""response.speed headline copy and a covering index for the score histogram

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COVERING = [
    "taken_at", "survey_id", "location_id", "nps", "csat", "ces", "speed", "staff_id", "channel",
]


def upgrade() -> None:
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.add_column(sa.Column("speed", sa.SmallInteger(), nullable=True))
        batch_op.drop_index("ix_response_survey_taken")
        batch_op.drop_index("ix_response_taken_location")
        batch_op.create_index("ix_response_scores", COVERING, unique=False)
        batch_op.create_index("ix_response_survey_id", ["survey_id"], unique=False)
    # copy the existing "satisfied with speed" answers onto their responses
    op.execute(
        "UPDATE response SET speed = (SELECT CAST(answer.number AS INTEGER) FROM answer "
        "JOIN question ON question.id = answer.question_id "
        "WHERE answer.response_id = response.id AND question.role = 'speed' "
        "AND answer.number IS NOT NULL LIMIT 1)"
    )


def downgrade() -> None:
    with op.batch_alter_table("response", schema=None) as batch_op:
        batch_op.drop_index("ix_response_survey_id")
        batch_op.drop_index("ix_response_scores")
        batch_op.create_index("ix_response_taken_location", ["taken_at", "location_id"])
        batch_op.create_index("ix_response_survey_taken", ["survey_id", "taken_at"], unique=False)
        batch_op.drop_column("speed")
