#include <iostream>
#include <memory>
#include <vector>
#include <cmath>
using namespace std;

struct Shape {
    virtual double area() const = 0;
    virtual string name() const = 0;
    virtual ~Shape() = default;
};
struct Circle : Shape {
    double r;
    explicit Circle(double r) : r(r) {}
    double area() const override { return M_PI * r * r; }
    string name() const override { return "circle"; }
};
struct Rect : Shape {
    double w, h;
    Rect(double w, double h) : w(w), h(h) {}
    double area() const override { return w * h; }
    string name() const override { return "rect"; }
};

int main() {
    vector<unique_ptr<Shape>> shapes;
    shapes.push_back(make_unique<Circle>(1.5));
    shapes.push_back(make_unique<Rect>(2, 3.5));
    double total = 0;
    for (const auto &s : shapes) {
        cout << s->name() << " " << s->area() << "\n";
        total += s->area();
    }
    cout << "total " << total << "\n";
}
