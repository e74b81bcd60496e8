import type zh from '../zh-Hans/staff';

export default {
  'staff.queue.open': 'En cours',
  'staff.queue.near': 'Échéance proche',
  'staff.queue.overdue': 'En retard',
  'staff.queue.empty': 'Aucune demande à traiter',
  'staff.queue.count': '{count} au total',
  'staff.case.title': 'Traiter la demande',
  'staff.case.actions': 'Décision',
  'staff.case.note': 'Avis au demandeur',
  'staff.case.notePlaceholder': 'Pour un renvoi, listez tout ce qui est à corriger ; pour un refus, indiquez le motif',
  'staff.case.noteRequired': 'Rédigez d’abord un avis',
  'staff.case.moved': 'Nouvel état : « {status} »',
  'staff.case.noActions': 'Plus rien à faire sur cette demande',
  'staff.action.pre_review': 'Commencer le pré-examen',
  'staff.action.accepted': 'Accepter',
  'staff.action.correction_required': 'Renvoyer pour correction',
  'staff.action.rejected': 'Déclarer non recevable',
  'staff.action.processing': 'Commencer le traitement',
  'staff.action.completed': 'Clore',
  'staff.action.delivered': 'Confirmer la remise',
  'staff.action.submitted': 'Déposer à nouveau',
} satisfies Record<keyof typeof zh, string>;
