#!/usr/bin/env python3
"""Writes the validation fixture catalogues: Tests/CatalogCoreTests/Fixtures/validation/<rule>/catalog/.

Each fixture is the clean base (one compliant tool, one compliant scenario) plus the changes that
trigger one rule. Line numbers in ValidationRuleTests.swift refer to these files: the base keeps
every key on a fixed line (see BASE_TOOL / BASE_SCENARIO).
  python3 scripts/make-validation-fixtures.py
"""
import os
import re
import shutil

ROOT = os.path.join(os.path.dirname(__file__), "..", "Tests", "CatalogCoreTests", "Fixtures", "validation")

BASE_TOOL = """---
id: outil-conforme
kind: tool
title: Assistant conversationnel de l'académie
summary: Agent conversationnel hébergé en France, avec contrat de traitement signé et accès par le GAR.
language: fr
themes: [usage-responsable]
keywords: [agent conversationnel]
license: proprietary
status: published
created: 2026-01-10
updated: 2026-06-01
authors:
  - name: Équipe de test
url: https://outil.example.fr
publisher: Éditeur exemple
publisher_country: FR
categories: [agent-conversationnel]
ai_type: generative
languages: [fr]
cost: institutional
account: pupil-required
min_age: 13
privacy:
  hosting: fr
  dpa: true
  trains_on_user_data: "no"
  gar: true
  evidence: [https://outil.example.fr/rgpd]
  verified_on: 2026-06-01
accessibility:
  rgaa: partial
  features: []
runs_locally: false
alternatives: []
sources: [https://outil.example.fr/cgu]
---

Outil de test.
"""

BASE_SCENARIO = """---
id: scenario-conforme
kind: scenario
title: Débattre des réponses d'un agent conversationnel
summary: Les élèves comparent les réponses d'un agent conversationnel à des sources vérifiées et débattent de leur fiabilité.
language: fr
themes: [usage-responsable]
keywords: [esprit critique]
license: CC-BY-SA-4.0
status: published
created: 2026-01-10
updated: 2026-06-01
authors:
  - name: Équipe de test
levels: [4e, 3e]
disciplines: [francais]
duration: PT1H
ai_use: pupils-supervised
tools:
  - id: outil-conforme
    role: Agent interrogé par les élèves.
    pupil_account: true
objectives:
  - Vérifier une réponse.
personal_data: none
---

Déroulé.
"""


def change(text, **values):
    """Replace `key: …` lines (first occurrence at any indentation); value None deletes the line."""
    for key, value in values.items():
        key = key.replace("__", ".").split(".")[-1]
        pattern = re.compile(r"^( *)(- )?" + re.escape(key) + r":.*$", re.M)
        match = pattern.search(text)
        assert match, key
        if value is None:
            text = text[: match.start()] + text[match.end() + 1 :]
        else:
            text = text[: match.start()] + f"{match.group(1)}{match.group(2) or ''}{key}: {value}" + text[match.end() :]
    return text


def tool(id="outil-conforme", **values):
    return change(BASE_TOOL, id=id, **values)


def scenario(id="scenario-conforme", **values):
    return change(BASE_SCENARIO, id=id, **values)


FIXTURES = {
    "clean": {"tools/outil-conforme.md": tool(), "scenarios/scenario-conforme.md": scenario()},
    "broken-yaml": {
        "tools/outil-conforme.md": tool(),
        "scenarios/casse.md": scenario(id="casse", title="[Titre non fermé"),
        "scenarios/niveau-inconnu.md": scenario(id="niveau-inconnu", levels="[4e, troisieme]",
                                                title="Autre scénario vérifié malgré le fichier cassé",
                                                summary="Un résumé tout à fait différent des autres fiches."),
    },
    "structure.required": {
        "tools/outil-conforme.md": tool(publisher=None),
        "scenarios/scenario-conforme.md": scenario(ai_use=None, status="draft"),
    },
    "structure.slug": {
        "tools/outil-conforme.md": tool(),
        "scenarios/Scenario_Conforme.md": scenario(id="Scenario_Conforme"),
    },
    "structure.date-order": {
        "tools/outil-conforme.md": tool(),
        "scenarios/scenario-conforme.md": scenario(created="2026-06-01", updated="2026-01-10"),
    },
    "structure.duration": {
        "tools/outil-conforme.md": tool(),
        "scenarios/scenario-conforme.md": scenario(duration="1h30"),
    },
    "structure.unknown-key": {
        "tools/outil-conforme.md": tool(),
        "scenarios/scenario-conforme.md": scenario(personal_data="none\nlevls: [4e]"),
    },
    "vocabulary.level": {
        "tools/outil-conforme.md": tool(),
        "scenarios/scenario-conforme.md": scenario(levels="[4e, 3e, quatrieme]"),
    },
    "vocabulary.discipline": {
        "tools/outil-conforme.md": tool(),
        "scenarios/scenario-conforme.md": scenario(disciplines="[francias]"),
    },
    "vocabulary.theme": {
        "tools/outil-conforme.md": tool(themes="[usage-responsable, ethik]"),
        "scenarios/scenario-conforme.md": scenario(),
    },
    "vocabulary.category": {
        "tools/outil-conforme.md": tool(categories="[agent-conversationel]"),
        "scenarios/scenario-conforme.md": scenario(),
    },
    "vocabulary.value": {
        "tools/outil-conforme.md": tool(cost="gratuit", hosting="europe"),
        "scenarios/scenario-conforme.md": scenario(ai_use="pupil-supervised"),
    },
    "reference.tool": {
        "tools/outil-conforme.md": tool(),
        "scenarios/scenario-conforme.md": change(scenario(), id="scenario-conforme").replace(
            "  - id: outil-conforme", "  - id: outil-conform"),
    },
    "reference.alternative": {
        "tools/outil-conforme.md": tool(alternatives="[outil-inexistant]"),
        "scenarios/scenario-conforme.md": scenario(),
    },
    "reference.withdrawn-tool": {
        "tools/outil-conforme.md": tool(status="withdrawn", alternatives="[outil-remplacant]"),
        "tools/outil-remplacant.md": tool(id="outil-remplacant", title="Outil de remplacement",
                                          summary="Un autre outil conforme pour remplacer celui qui est retiré."),
        "scenarios/scenario-conforme.md": scenario(),
        "scenarios/scenario-brouillon.md": scenario(id="scenario-brouillon", status="draft",
                                                    title="Brouillon qui utilise encore l'outil retiré",
                                                    summary="Une fiche en brouillon peut encore citer un outil retiré."),
    },
    "duplicate.id": {
        "tools/outil-conforme.md": tool(),
        "tools/doublon.md": tool(id="doublon", title="Premier outil nommé doublon",
                                 summary="Texte sans rapport avec le scénario du même identifiant."),
        "scenarios/doublon.md": scenario(id="doublon"),
    },
    "duplicate.near": {
        "tools/outil-conforme.md": tool(),
        "scenarios/scenario-conforme.md": scenario(),
        "scenarios/scenario-copie.md": scenario(
            id="scenario-copie", title="Débattre des réponses d'un agent conversationnel en classe",
            summary="Les élèves comparent les réponses d'un agent conversationnel à des sources vérifiées puis débattent de leur fiabilité."),
        "scenarios/scenario-different.md": scenario(
            id="scenario-different", title="Écrire un poème avec des contraintes oulipiennes",
            summary="Atelier d'écriture où chaque groupe tire une contrainte et compose un poème, puis le lit à la classe."),
    },
    "link.url": {
        "tools/outil-conforme.md": tool(url="outil.example.fr", evidence="[ftp://outil.example.fr/rgpd]",
                                        sources='["https://", "https://outil example.fr/cgu"]'),
        "scenarios/scenario-conforme.md": scenario(),
    },
    "license.spdx": {
        "tools/outil-conforme.md": tool(),
        "scenarios/scenario-conforme.md": scenario(license="CC BY-SA 4.0"),
        "scenarios/scenario-proprietaire.md": scenario(id="scenario-proprietaire", license="proprietary",
                                                       title="Scénario sous licence fermée",
                                                       summary="Ce texte n'a rien à voir avec les autres fiches du test."),
    },
    "cadre.generative-below-4e": {
        "tools/outil-conforme.md": tool(min_age="8"),
        "tools/exerciseur.md": tool(id="exerciseur", ai_type="predictive", min_age="8", title="Exerciseur adaptatif",
                                    summary="Exerciseur de calcul mental qui adapte la difficulté aux réponses."),
        # Pupils handle a generative tool in CM2: error on ai_use.
        "scenarios/scenario-conforme.md": scenario(levels="[cm2]"),
        # cycle-4 starts in 5e: a pupil account on a generative tool is handling it.
        "scenarios/demo-cycle-4.md": scenario(id="demo-cycle-4", levels="[cycle-4]", ai_use="teacher-demo",
                                              title="Démonstration en cycle 4 avec compte élève",
                                              summary="L'enseignant montre l'outil mais crée aussi des comptes élèves."),
        # Teacher demonstration below 4e, no pupil account: allowed.
        "scenarios/demo-cm2.md": scenario(id="demo-cm2", levels="[cm2]", ai_use="teacher-demo", pupil_account="false",
                                          title="Démonstration par l'enseignant en CM2",
                                          summary="Projection commentée d'échanges préparés, sans manipulation par les élèves."),
        # Predictive (not generative) tool handled by CM1 pupils: allowed by this rule.
        "scenarios/exerciseur-cm1.md": change(scenario(id="exerciseur-cm1", levels="[cm1]",
                                                       title="Calcul mental avec un exerciseur",
                                                       summary="Entraînement individuel au calcul mental sur un exerciseur adaptatif."),
                                              ).replace("  - id: outil-conforme", "  - id: exerciseur"),
    },
    "cadre.pupil-account": {
        "tools/outil-conforme.md": tool(),
        "tools/outil-grand-public.md": tool(id="outil-grand-public", hosting="non-eu", dpa="unknown", gar="false",
                                            title="Assistant grand public", summary="Service grand public hébergé hors de l'Union européenne."),
        "scenarios/scenario-conforme.md": scenario().replace("  - id: outil-conforme", "  - id: outil-grand-public"),
        # No pupil_account key, but the tool requires pupil accounts and pupils use it.
        "scenarios/compte-implicite.md": scenario(id="compte-implicite", pupil_account=None,
                                                  title="Compte élève implicite", summary="Les élèves se connectent eux-mêmes à un service grand public.")
        .replace("  - id: outil-conforme", "  - id: outil-grand-public"),
    },
    "cadre.min-age": {
        "tools/outil-conforme.md": tool(min_age="15"),
        "tools/sans-age.md": tool(id="sans-age", min_age="unknown", gar="false", title="Outil sans âge connu",
                                  summary="Les conditions d'utilisation lues ne donnent pas d'âge minimum."),
        # Unknown age, but distributed through the GAR: the school opens it to its pupils under the
        # publisher's agreement with the ministry, so no warning.
        "tools/ressource-gar.md": tool(id="ressource-gar", min_age="unknown", title="Ressource du GAR",
                                       summary="Ressource distribuée par le GAR, sans âge minimum dans ses conditions."),
        "scenarios/via-gar.md": scenario(id="via-gar", title="Utiliser une ressource du GAR",
                                         summary="Les élèves utilisent une ressource ouverte par l'établissement dans le GAR.")
        .replace("  - id: outil-conforme", "  - id: ressource-gar"),
        "tools/modele-local.md": tool(id="modele-local", min_age="unknown", account="none", hosting="local", dpa="unknown",
                                      gar="false", runs_locally="true", title="Modèle qui tourne en local",
                                      summary="Logiciel libre installé sur les postes du lycée, sans compte."),
        "scenarios/scenario-conforme.md": scenario(),
        "scenarios/age-inconnu.md": scenario(id="age-inconnu", title="Utiliser un outil dont l'âge minimum est inconnu",
                                             summary="Les élèves utilisent un outil sans âge minimum connu.")
        .replace("  - id: outil-conforme", "  - id: sans-age"),
        "scenarios/local.md": scenario(id="local", pupil_account=None, title="Utiliser un modèle local",
                                       summary="Les élèves interrogent un modèle installé sur les postes.")
        .replace("  - id: outil-conforme", "  - id: modele-local"),
        "scenarios/demonstration.md": scenario(id="demonstration", ai_use="teacher-demo", pupil_account="false",
                                               title="Démonstration par l'enseignant",
                                               summary="L'enseignant seul manipule l'outil devant la classe."),
    },
    "cadre.personal-data": {
        "tools/outil-conforme.md": tool(),
        "tools/outil-grand-public.md": tool(id="outil-grand-public", hosting="non-eu", dpa="false", gar="false",
                                            title="Assistant grand public", summary="Service grand public hébergé hors de l'Union européenne."),
        "scenarios/scenario-conforme.md": scenario(personal_data="personal", ai_use="teacher-prep", pupil_account="false")
        .replace("  - id: outil-conforme", "  - id: outil-grand-public"),
        "scenarios/donnees-conformes.md": scenario(id="donnees-conformes", personal_data="pseudonymous",
                                                   title="Données pseudonymisées vers un outil conforme",
                                                   summary="Les copies pseudonymisées sont analysées par un outil hébergé en France."),
    },
    "cadre.privacy-evidence": {
        "tools/outil-conforme.md": tool(evidence="[]"),
        "tools/outil-ancien.md": tool(id="outil-ancien", verified_on="2025-06-01", title="Outil vérifié il y a longtemps",
                                      summary="Les faits de cet outil ont été lus il y a plus d'un an."),
        "tools/outil-inconnu.md": tool(id="outil-inconnu", hosting="unknown", dpa="unknown", trains_on_user_data="unknown",
                                       gar="false", evidence="[]", title="Outil aux faits inconnus",
                                       summary="Aucune source lue ne dit où sont les données, tout est inconnu."),
        "scenarios/scenario-conforme.md": scenario(),
    },
    "publication.incomplete": {
        "tools/outil-conforme.md": tool(),
        "scenarios/scenario-conforme.md": scenario(duration=None, objectives=None).replace("  - Vérifier une réponse.\n", ""),
        "scenarios/brouillon.md": scenario(id="brouillon", status="draft", duration=None, objectives=None,
                                           title="Brouillon incomplet", summary="Un brouillon peut encore omettre des clés facultatives.")
        .replace("  - Vérifier une réponse.\n", ""),
    },
}

if __name__ == "__main__":
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)
    for rule, files in FIXTURES.items():
        for path, text in files.items():
            full = os.path.join(ROOT, rule, "catalog", path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(text)
    print(f"{len(FIXTURES)} fixture catalogues in {os.path.normpath(ROOT)}")
