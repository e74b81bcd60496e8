import { describe, expect, it } from 'vitest';
import { materialFileName } from './file-name';

describe('an uploaded file keeps its own name, made safe (defect 13e)', () => {
  it('keeps the name the applicant picked', () => {
    expect(materialFileName('身份证 正面.jpg', 'jpg')).toBe('身份证 正面.jpg');
    expect(materialFileName('Scan 2026-03-02.PDF', 'pdf')).toBe('Scan 2026-03-02.pdf');
    expect(materialFileName('材料：户口本.png', 'png')).toBe('材料：户口本.png');
  });

  it('drops any folder the picker put before the name', () => {
    expect(materialFileName('C:\\Users\\zw\\Desktop\\户口本.png', 'png')).toBe('户口本.png');
    expect(materialFileName('/storage/emulated/0/DCIM/IMG_0001.jpeg', 'jpg')).toBe('IMG_0001.jpeg');
    expect(materialFileName('../../etc/passwd', 'jpg')).toBe('passwd.jpg');
  });

  it('removes control and bidi characters, and replaces separators, percent signs and look-alikes', () => {
    expect(materialFileName('inv\u0000oice\u202egpj.exe.jpg', 'jpg')).toBe('invoicegpj.exe.jpg');
    expect(materialFileName('a%2F..%2Fb.png', 'png')).toBe('a_2F.._2Fb.png');
    expect(materialFileName('证明／复印件.pdf', 'pdf')).toBe('证明_复印件.pdf');
    expect(materialFileName('Ｃ：证明.pdf', 'pdf')).toBe('Ｃ_证明.pdf');
    expect(materialFileName('"x"<y>|z?*.jpg', 'jpg')).toBe('_x__y__z__.jpg');
  });

  it('uses the detected kind when the name has no accepted extension', () => {
    expect(materialFileName('IMG_0002.HEIC', 'jpg')).toBe('IMG_0002.HEIC.jpg');
    expect(materialFileName('扫描件', 'pdf')).toBe('扫描件.pdf');
    expect(materialFileName('.hidden.png', 'png')).toBe('hidden.png');
    expect(materialFileName('name. . .jpg', 'jpg')).toBe('name.jpg');
  });

  it('cuts a long name to 100 characters and falls back to material when nothing is left', () => {
    expect(materialFileName(`${'长'.repeat(300)}.jpg`, 'jpg')).toBe(`${'长'.repeat(100)}.jpg`);
    expect(materialFileName('', 'png')).toBe('material.png');
    expect(materialFileName(undefined, 'jpg')).toBe('material.jpg');
    expect(materialFileName('\u202e\u0007..', 'jpg')).toBe('material.jpg');
  });
});
