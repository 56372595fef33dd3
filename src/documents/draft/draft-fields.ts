import { z } from 'zod';
import { DOC_TYPES } from '../doc-types';

const FIRST = ['to_trinh', 'cong_van', 'bao_cao', 'ke_hoach', 'thong_bao', 'giay_moi'];
/** Type codes the drafter writes (the layout of "văn bản có tên loại", and công văn), the most asked for first. */
export const DRAFT_TYPES = [...FIRST, ...DOC_TYPES.filter((t) => t.draft && !FIRST.includes(t.code)).map((t) => t.code)] as [string, ...string[]];

const line = z.string().trim().min(1).max(300);

/** What the person gives for a draft (from the Teams form, the guided exchange or FIELDS.json). */
export const draftFieldsSchema = z.object({
  type: z.enum(DRAFT_TYPES),
  /** Tên cơ quan chủ quản trực tiếp, if any ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH"). */
  parentIssuer: line.optional(),
  /** Tên cơ quan ban hành ("SỞ NỘI VỤ"). */
  issuer: line,
  /** Its abbreviation in the ký hiệu ("SNV"). */
  issuerCode: z.string().trim().regex(/^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u, 'chữ in hoa, ví dụ SNV hoặc UBND'),
  /** The drafting unit's abbreviation (công văn ký hiệu, "Lưu: VT, …"). */
  unitCode: z.string().trim().regex(/^[\p{Lu}\d]+$/u).optional(),
  /** Số; blank for the văn thư to fill at issue. */
  number: z.string().trim().regex(/^\d{1,5}$/).optional(),
  place: line,
  /** yyyy-mm-dd; default today. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Kính gửi. */
  recipients: z.array(line).max(20).default([]),
  /** Trích yếu. */
  subject: line,
  /** The main points of the content. */
  points: z.array(z.string().trim().min(1).max(2000)).max(30).default([]),
  /** Quyền hạn of the signer. */
  authority: z.enum(['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']).default(''),
  /** For TM.: the collective ("ỦY BAN NHÂN DÂN"); for KT., TL., TUQ., Q.: the head's position ("GIÁM ĐỐC"). */
  headTitle: line.optional(),
  /** The signer's own position ("PHÓ GIÁM ĐỐC"). */
  signerTitle: line,
  signerName: line,
  /** Nơi nhận besides "Như trên" and "Lưu". */
  copies: z.array(line).max(20).default([]),
  /** Căn cứ lines given by the person (else found in the knowledge base). */
  legalBases: z.array(line).max(10).optional(),
});

export type DraftFields = z.infer<typeof draftFieldsSchema>;
export type DraftFieldsInput = z.input<typeof draftFieldsSchema>;
