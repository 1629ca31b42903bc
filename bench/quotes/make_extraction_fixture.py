#!/usr/bin/env python3
"""Build tests/fixtures/quotes/extraction_gold.jsonl: short excerpts of real French text
(the sample article, FLORES-200 devtest, newstest2013) with hand-made annotations of every
quotation (its exact text, whose byte span the scorer finds in order) and its speaker.

usage: make_extraction_fixture.py SHARED_TRANSLATION_DIR SAMPLE_ARTICLE > extraction_gold.jsonl

Annotation conventions: the quotation is the text between the marks, trimmed of spaces;
nested quotations are listed after the one that holds them; the speaker is the person or
body the text attributes the words to, as named in the text (pronouns resolved inside the
excerpt; "il" when the excerpt does not say who); null for terms, titles, names and scare
quotes nobody is said to have uttered, and for the author's own voice."""
import json, re, sys

D, SAMPLE = sys.argv[1], sys.argv[2]
fl = open(f"{D}/flores200.devtest.fra_Latn", encoding="utf-8").read().split("\n")
nt = open(f"{D}/newstest2013.fr-en.fr", encoding="utf-8").read().split("\n")

N = None
# (file, first line, last line (1-based, inclusive), [(quotation, speaker), ...])
GOLD = [
    ("flores", 1, 1, [("Nous avons à présent des souris de 4 mois qui ne sont pas diabétiques alors qu'elles l'étaient auparavant", "il")]),
    ("flores", 4, 5, [("En ce moment, nous ne faisons rien. J'ai appelé et envoyé des courriels à son plus proche collaborateur et j'ai reçu des réponses très amicales. Pour l'instant, c'est certainement suffisant.", "Sara Danius")]),
    ("flores", 46, 47, [("Mike parle beaucoup pendant l'audience… Je me préparais, donc je n'ai pas vraiment entendu ce qu'il disait", "Miller"),
                        ("Nous nous efforcerons de réduire les émissions de dioxyde de carbone par unité de PIB de manière significative d'ici 2020 par rapport au niveau de 2005", "M. Hu")]),
    ("flores", 49, 50, [("à éviter l'ancienne méthode qui consistait à polluer d'abord et à nettoyer ensuite", "Hu"),
                        ("on ne devrait cependant pas leur demander d’assumer des obligations qui dépassent leur stade de développement, leur responsabilité et leurs capacités.", "Hu")]),
    ("flores", 58, 58, [("l'accord Bush pour la Nouvelle-Orléans", "certains conservateurs en matière budgétaire")]),
    ("flores", 72, 73, [("loi sur la qualité de l'air", N), ("reformulation complète et approfondie", "Layton")]),
    ("flores", 80, 80, [("d'étape majeure vers l'objectif de la dénucléarisation vérifiable de la péninsule coréenne", "Gordon Johndroe")]),
    ("flores", 86, 87, [("Il [Wales] nous a carrément menti dès le départ. Tout d'abord en prétextant des raison légales, puis en faisant semblant de nous écouter jusqu'à ce qu'il ait supprimé son œuvre.", "Adam Cuerden")]),
    ("flores", 120, 121, [("grand public", N), ("Great Deeds by Swedish Kings", N)]),
    ("flores", 126, 126, [("il y avait des enfants qui cherchaient à traverser la route, et qui criaient et pleuraient.", "Un employé d'un garage proche du lieu de l’accident")]),
    ("flores", 144, 145, [("Ce n'est pas un au revoir. C'est une page qui se tourne, et une autre qui s'ouvre.", "Oprah Winfrey")]),
    ("flores", 152, 152, [("L'Angola se dirige vers la pire épidémie jamais connue et la situation reste très mauvaise en Angola", "Richard Veerman")]),
    ("flores", 159, 162, [("Les sept sœurs", N), ("Ils sont plus frais que la surface environnante le jour et plus chauds la nuit", "Glen Cushing"),
                          ("Leur comportement thermique n’est pas aussi stable que celui des grandes grottes de la planète qui maintiennent une température constante, mais ils se ressemblent en ce qu’ils sont des trous profonds dans la terre", "Glen Cushing")]),
    ("flores", 170, 170, [("théâtre radiophonique de la vieille école avec une nouvelle et scandaleuse tournure geek !", "Le site web de la station")]),
    ("flores", 175, 175, [("anarchie", "Un observateur")]),
    ("flores", 188, 190, [("mise à mort généralisée, destruction et terreur infligées à des millions et des millions d'habitants de la Terre.", "Chambers"),
                          ("frivole", "Chambers"), ("n'importe qui peut poursuivre n'importe qui", "Chambers"),
                          ("dont la vie est dictée par son amour pour la drogue et pour le Japon", N)]),
    ("flores", 194, 195, [("retournerait au Texas pour évaluer les résultats du caucus de ce soir, et déterminer s'il y a une voie à suivre pour moi dans cette course", "Perry"),
                          ("vote de paille", N)]),
    ("flores", 197, 197, [("Bien que je n'aie pas été présent ni directement impliqué dans ce tragique accident, mes pensées et prières vont à la famille de la victime.", "Bieber")]),
    ("flores", 243, 244, [("Elle est très jolie, et elle chante très bien aussi", "il"),
                          ("J’ai été ému à chaque fois que nous avons fait une répétition sur ce sujet, du fond du cœur.", "il")]),
    ("flores", 247, 247, [("après le temps qui nous préoccupe", "N. Wayne Hale Jr.")]),
    ("flores", 266, 266, [("18", N)]),
    ("flores", 275, 275, [("did not finish", N)]),
    ("flores", 279, 279, [("Nous avons arrêté cinq personnes pour avoir violé la ressortissante suisse, et nous avons récupéré son téléphone et son ordinateur portables.", "D.K. Arya")]),
    ("flores", 290, 290, [("les journalistes semblent suivre une ligne dangereuse s’ils publient des photos, etc. de suspects", "Pamela Ferguson")]),
    ("flores", 305, 306, [("non graves", "la société"), ("vraiment regrettable", "Le ministère")]),
    ("flores", 319, 319, [("boîtes noires", N)]),
    ("flores", 321, 322, [("Luna a été la première reine de l'extrême. Mon premier manager. Luna est décédée la nuit de deux lunes. Un moment unique, tout comme elle. Une femme forte.", "Tommy Dreamer"),
                          ("Goldust", N),
                          ("Luna était aussi bizarre que moi… voire même encore plus… je l'aime et elle va me manquer… j'espère qu'elle repose dans un meilleur endroit.", "Dustin « Goldust » Runnels")]),
    ("flores", 333, 334, [("bavardages et de bêtises politiques", "Cuomo")]),
    ("flores", 378, 378, [("spéciation", N)]),
    ("flores", 401, 401, [("scandinave", N)]),
    ("flores", 404, 404, [("Déclaration d'indépendance originale datée du 4 juillet 1776", N)]),
    ("flores", 409, 409, [("Dragoon", N)]),
    ("flores", 412, 412, [("civilisation", N), ("civilis", N), ("civis", N), ("civitas", N)]),
    ("flores", 423, 424, [("archipel", N), ("belle île", N)]),
    ("flores", 459, 459, [("Hira'", N), ("Noor", N)]),
    ("flores", 466, 466, [("nécropole de Gizeh", N)]),
    ("flores", 468, 468, [("pousser", N), ("tirer", N)]),
    ("flores", 505, 505, [("féroces", N)]),
    ("flores", 520, 521, [("l'apprentissage", N), ("la socialisation", N), ("L’implication personnelle", N), ("les relations continues", N)]),
    ("flores", 533, 533, [("problème de protéines", N)]),
    ("flores", 558, 558, [("wagonways", N)]),
    ("flores", 563, 563, [("homme droit", N)]),
    ("flores", 570, 570, [("Dunlap Broadsides", N)]),
    ("flores", 583, 583, [("insecte", N)]),
    ("flores", 659, 659, [("le bon copain", N)]),
    ("flores", 667, 668, [("équipe invisible", N), ("équipe invisible", N)]),
    ("flores", 690, 690, [("oblige les étudiants à mieux connaître le monde qui les entoure", N)]),
    ("flores", 718, 718, [("Tombouctou", N)]),
    ("flores", 721, 721, [("Wonders of the African World", N)]),
    ("flores", 748, 748, [("la province géante des Indes", N)]),
    ("flores", 763, 763, [("pluvieuses", N), ("sèches", N)]),
    ("flores", 779, 779, [("Number One", N), ("Manta", N)]),
    ("flores", 782, 782, [("café crème", N), ("espresso", N)]),
    ("flores", 809, 809, [("safari", N)]),
    ("flores", 812, 812, [("marche en brousse", N), ("safari pédestre", N), ("footing", N)]),
    ("flores", 838, 838, [("solide", N), ("liquide", N)]),
    ("flores", 851, 851, [("ski bums", N)]),
    ("flores", 868, 868, [("Gitan", N)]),
    ("flores", 880, 880, [("Cours en environnement hostile", N)]),
    ("flores", 918, 918, [("Pays des mille lacs", N)]),
    ("flores", 978, 978, [("r", N), ("rr", N), ("caro", N), ("cher", N), ("carro", N), ("chariot", N)]),
    ("flores", 989, 990, [("une seule", N), ("spécimens", N)]),
    ("flores", 992, 992, [("tropiques élevées", N)]),
    ("newstest", 76, 77, [("Si plus personne ne fumait, ce taux grimperait à au moins 50%", "André Beaulieu")]),
    ("newstest", 83, 84, [("Encore aujourd'hui, il y a 1,5 million de fumeurs au Québec", "André Beaulieu")]),
    ("newstest", 107, 107, [("moins pire", N)]),
    ("newstest", 114, 114, [("état quantique", N), ("état", N)]),
    ("newstest", 120, 120, [("particule de lumière", N), ("messager", N)]),
    ("newstest", 122, 122, [("dérangement", N), ("porteurs de force", N)]),
    ("newstest", 131, 131, [("peuvent apporter", "Mme Plamondon")]),
    ("newstest", 140, 140, [("gadget de labo", "Willard Boyle")]),
    ("newstest", 151, 154, [("Ils m'avaient donné cinq ans à vivre, j'ai fait sept ans", "Monsieur L."),
                            ("Mais c'est toujours un choc, on ne peut pas être préparé à ça", "Monsieur L.")]),
    ("newstest", 159, 163, [("Mon plus grand souhait, c'est qu'on me guérisse de la diarrhée, c'est humiliant", "il"),
                            ("Au cours de notre vie, on apprend qu'un homme, ça pisse debout", "Pierre Brodeur"),
                            ("Ça dépend de la capacité de la personne", "Pierre Brodeur")]),
    ("newstest", 167, 171, [("curatifs", N), ("consciente et étouffée", "Mme A."), ("J'ai de bons enfants", "Mme A."),
                            ("Je n'ai plus de souhaits dans la vie", "Mme A.")]),
    ("newstest", 185, 185, [("On aide les proches autant que les patients", "Nathalie Savard")]),
    ("newstest", 188, 188, [("Depuis six mois, il y a toujours de trois à cinq lits qui sont occupés par des cancéreux âgés de moins de 45 ans", "Christiane Martel")]),
    ("newstest", 209, 210, [("Je veux mourir.", "Les malades qui ne sont pas soulagés"), ("je veux que vous m'euthanasiiez", N), ("je veux être soulagé", N)]),
    ("newstest", 213, 219, [("système", N), ("industrie", N),
                            ("C'est curieux comme le système s'effrite depuis qu'on a pris les grands moyens", "Jacques Duchesneau"),
                            ("rapport Duchesneau", N),
                            ("Depuis le début de l'enquête en 2010, souligne-t-il, le seul ministère des transports aurait épargné un milliard de dollars sur les contrats", "Jacques Duchesneau"),
                            ("a déjà fait tomber deux maires", "Jacques Duchesneau"),
                            ("démontrer les stratagèmes derrière les individus", "Jacques Duchesneau")]),
]

SAMPLE_GOLD = [
    ("inacceptable", "Antony Blinken"),
    ("une fin immédiate des hostilités", "Antony Blinken"),
    ("Les actions militaires inacceptables de l’Azerbaïdjan risquent d’aggraver la situation humanitaire au Haut-Karabakh.", "Blinken"),
    ("Nous appelons à la fin immédiate des hostilités et au dialogue direct.", "Blinken"),
    ("odieux", N),
    ("mesures antiterroristes", "L’Azerbaïdjan"),
    ("nettoyage ethnique", "Erevan"),
    ("quelques minutes avant le début de l’action militaire.", "Maria Zakharova"),
    ("illégal, injustifiable, [and] inacceptable.", "Catherine Colonna"),
    ("a été contraint de prendre les mesures qu’il juge nécessaires sur son territoire souverain", "Le ministère turc des Affaires étrangères"),
]

def emit(source, text, quotes):
    pos = 0
    out = []
    for q, sp in quotes:
        # Spaces in the annotation match any space (the data has no-break spaces), and
        # straight and curly apostrophes match each other.
        pat = "".join("[ \u00a0\u202f\u2009]+" if c == " " else "['’]" if c in "'’" else re.escape(c) for c in q)
        # Between its marks: an opening mark and optional spaces before, spaces and a
        # closing mark after.
        m = re.compile("[«“\"][ \u00a0\u202f\u2009]*(" + pat + ")[ \u00a0\u202f\u2009]*[»”\"]").search(text, pos)
        assert m, (source, q)
        start = len(text[:m.start(1)].encode("utf-8"))
        end = len(text[:m.end(1)].encode("utf-8"))
        out.append({"start": start, "end": end, "text": m.group(1), "speaker": sp})
        pos = m.start(1)
    print(json.dumps({"source": source, "text": text, "quotes": out}, ensure_ascii=False))

emit("samples/haut-karabakh-2023-09.fr.txt", open(SAMPLE, encoding="utf-8").read(), SAMPLE_GOLD)
for f, a, b, quotes in GOLD:
    lines = fl if f == "flores" else nt
    name = "flores200.devtest.fra_Latn" if f == "flores" else "newstest2013.fr-en.fr"
    emit(f"{name}:{a}-{b}", "\n".join(l.strip() for l in lines[a - 1:b]), quotes)
