import type { CommonMentionForm } from '@newsfacts/schemas';

export type MentionForm = CommonMentionForm;
