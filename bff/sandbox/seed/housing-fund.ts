import { ageOn } from '@zsb/shared/domain/id-number';
import { addDays, addMonths, yearOf } from './dates';
import type { Rng } from './prng';
import type { HousingFundAccount, Loan, Person, Repayment, Withdrawal } from './types';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Monthly instalment of an equal-instalment (等额本息) loan. */
export function monthlyInstalment(principal: number, annualRate: number, months: number): number {
  const r = annualRate / 12;
  return round2((principal * r * (1 + r) ** months) / ((1 + r) ** months - 1));
}

interface LoanPlan {
  kind: Loan['kind'];
  startDate: string;
  principal: number;
  rate: number;
  months: number;
}

/** Instalments fall on the 1st of every month after the start month, so "repaid this year" is never empty in a loan's second year. */
function buildLoan(rng: Rng, plan: LoanPlan, referenceDate: string): { loan: Loan; byYear: Map<number, Repayment[]> } {
  const monthly = monthlyInstalment(plan.principal, plan.rate, plan.months);
  const byYear = new Map<number, Repayment[]>();
  let paid = 0;
  let total = 0;
  for (let i = 1; i <= plan.months; i++) {
    const date = `${addMonths(plan.startDate, i).slice(0, 8)}01`;
    if (date > referenceDate) break;
    paid++;
    total += monthly;
    const y = yearOf(date);
    if (!byYear.has(y)) byYear.set(y, []);
    byYear.get(y)!.push({ date, amount: monthly });
  }
  const loanNo = `${plan.kind === 'commercial' ? 'SY' : 'GJ'}${plan.startDate.slice(0, 4)}${rng.digits(8)}`;
  return {
    loan: {
      loanNo,
      kind: plan.kind,
      startDate: plan.startDate,
      principal: plan.principal,
      totalInterest: round2(monthly * plan.months - plan.principal),
      repaidTotal: round2(total),
      repaymentsThisYear: byYear.get(yearOf(referenceDate)) ?? [],
    },
    byYear,
  };
}

const sum = (rs: Repayment[] | undefined) => round2((rs ?? []).reduce((a, r) => a + r.amount, 0));

/**
 * Housing-fund accounts: every employed resident aged 20–59 has a normal account, the elder persona a sealed one.
 * Loans and past withdrawals are placed relative to the reference date's year (see SPECIAL_PERSONAS for the roles).
 */
export function generateHousingFund(
  rng: Rng,
  referenceDate: string,
  people: Person[],
  employmentStart: Map<string, string>,
): HousingFundAccount[] {
  const refYear = yearOf(referenceDate);
  const accounts: HousingFundAccount[] = [];
  let withdrawalSeq = 0;
  const withdrawal = (date: string, amount: number, loanNo: string, from: string): Withdrawal => ({
    withdrawalId: `W${date.slice(0, 4)}${String(++withdrawalSeq).padStart(6, '0')}`,
    date,
    amount: round2(amount),
    loanNo,
    reason: '偿还住房贷款',
    fromIdNumber: from,
  });

  for (const p of people) {
    if (p.kind !== 'resident') continue;
    const age = ageOn(p.birthDate, referenceDate);
    const elder = p.personaId === 'r004';
    // Draw every random value up front so the sequence does not depend on which branch a person takes.
    const accountNo = `3301${rng.digits(8)}`;
    const balanceDraw = rng.money(8000, 160000);
    const depositDraw = round2(rng.int(6000, 30000) * 0.24);
    const hasLoan = rng.chance(0.3);
    const loanYearsAgo = rng.int(1, 8);
    const loanMonth = rng.int(1, 12);
    const loanPrincipal = rng.int(30, 200) * 10000;
    const loanKind = rng.chance(0.5) ? 'commercial' : 'provident';
    const withdrawsYearly = rng.chance(0.5);
    if (!elder && (!p.employerName || age < 20 || age >= 60)) continue;

    const account: HousingFundAccount = {
      accountNo,
      idNumber: p.idNumber,
      name: p.name,
      status: elder ? 'sealed' : 'normal',
      balance: balanceDraw,
      monthlyDeposit: elder ? 0 : depositDraw,
      employerName: p.employerName ?? '杭州市西湖区环境卫生管理处',
      openedOn: employmentStart.get(p.personaId) ?? '2001-07-01',
      loans: [],
      withdrawals: [],
      paidForOthers: [],
    };
    accounts.push(account);

    let plan: LoanPlan | undefined;
    switch (p.personaId) {
      case 'r001':
        plan = { kind: 'commercial', startDate: `${refYear - 2}-04-15`, principal: 1_200_000, rate: 0.042, months: 360 };
        account.balance = 86_420.35;
        account.monthlyDeposit = 4_560;
        break;
      case 'r002':
        account.balance = 52_310.8;
        account.monthlyDeposit = 3_120;
        break;
      case 'r005': {
        const start = addDays(referenceDate, -75) < `${refYear}-01-01` ? `${refYear}-01-01` : addDays(referenceDate, -75);
        plan = { kind: 'provident', startDate: start, principal: 800_000, rate: 0.031, months: 360 };
        account.balance = 41_250.6;
        break;
      }
      case 'r007':
        plan = { kind: 'commercial', startDate: `${refYear - 6}-09-20`, principal: 650_000, rate: 0.049, months: 300 };
        account.balance = 30_000;
        break;
      default:
        if (hasLoan && !elder && p.personaId !== 'r006' && p.personaId !== 'r013') {
          plan = { kind: loanKind, startDate: `${refYear - loanYearsAgo}-${String(loanMonth).padStart(2, '0')}-10`, principal: loanPrincipal, rate: loanKind === 'commercial' ? 0.045 : 0.031, months: 360 };
        }
    }
    if (!plan) continue;
    const { loan, byYear } = buildLoan(rng, plan, referenceDate);
    account.loans.push(loan);
    const startYear = yearOf(plan.startDate);

    if (p.personaId === 'r001') {
      // One withdrawal last year, within last year's repayments.
      account.withdrawals.push(withdrawal(`${refYear - 1}-11-20`, sum(byYear.get(refYear - 1)) / 2, loan.loanNo, p.idNumber));
    } else if (p.personaId === 'r007') {
      // Every past repayment withdrawn, and this year's all but 800.00: cumulative = repaidTotal − 800.
      let carry = sum(byYear.get(startYear));
      for (let y = startYear + 1; y < refYear; y++) {
        account.withdrawals.push(withdrawal(`${y}-12-20`, carry + sum(byYear.get(y)), loan.loanNo, p.idNumber));
        carry = 0;
      }
      const thisYear = loan.repaymentsThisYear;
      const last = thisYear[thisYear.length - 1];
      if (last) account.withdrawals.push(withdrawal(addDays(last.date, 2) > referenceDate ? last.date : addDays(last.date, 2), sum(thisYear) - 800, loan.loanNo, p.idNumber));
    } else if (withdrawsYearly) {
      for (let y = startYear + 1; y < refYear; y++) {
        account.withdrawals.push(withdrawal(`${y}-12-15`, sum(byYear.get(y)) * 0.8, loan.loanNo, p.idNumber));
      }
    }
  }
  return accounts;
}
